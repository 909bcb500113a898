package de.integrationsnetz.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import de.integrationsnetz.graph.GraphNode;

/**
 * The annual report between two dates (GraphQL {@code Report}). It holds only the dates:
 * each section is read by its own query when a client asks for it (see
 * {@link ReportController}). Every value below is a count or the entity a row is about,
 * never a person.
 *
 * @param from the first date
 * @param to the second date
 */
record Report(LocalDate from, LocalDate to) {

	/**
	 * GraphQL {@code ReportCounts}: distinct members counted on both dates.
	 *
	 * @param atFrom counted on {@code from}
	 * @param atTo counted on {@code to}
	 * @param joined counted on {@code to}, not on {@code from}
	 * @param left counted on {@code from}, not on {@code to}
	 */
	record Counts(int atFrom, int atTo, int joined, int left) {

		static final Counts ZERO = new Counts(0, 0, 0, 0);

		Counts plus(Counts other) {
			return new Counts(this.atFrom + other.atFrom, this.atTo + other.atTo, this.joined + other.joined,
					this.left + other.left);
		}

		static <T> Counts sum(List<T> rows, Function<T, Counts> counts) {
			return rows.stream().map(counts).reduce(ZERO, Counts::plus);
		}

	}

	/**
	 * GraphQL {@code ReportContracts}.
	 *
	 * @param runningAtFrom running on {@code from}
	 * @param runningAtTo running on {@code to}
	 * @param started started between the dates
	 * @param ended ended between the dates
	 */
	record Contracts(int runningAtFrom, int runningAtTo, int started, int ended) {
	}

	/**
	 * GraphQL {@code ReportNetworkRow}.
	 *
	 * @param network the network
	 * @param members persons, departments and organisations together
	 * @param persons persons who are members
	 * @param departments departments who are members
	 * @param organisations organisations who are members
	 * @param contracts contracts of members
	 */
	record NetworkRow(GraphNode network, Counts members, Counts persons, Counts departments, Counts organisations,
			Contracts contracts) {

		/**
		 * A row whose members are the sum of the three kinds: they are disjoint labels,
		 * so the sum counts each member once.
		 * @param network the network
		 * @param persons persons who are members
		 * @param departments departments who are members
		 * @param organisations organisations who are members
		 * @param contracts contracts of members
		 * @return the row
		 */
		static NetworkRow of(GraphNode network, Counts persons, Counts departments, Counts organisations,
				Contracts contracts) {
			return new NetworkRow(network, persons.plus(departments).plus(organisations), persons, departments,
					organisations, contracts);
		}

	}

	/**
	 * GraphQL {@code ReportNetworkTotals}.
	 *
	 * @param networks rows
	 * @param members all members, summed
	 * @param persons persons, summed
	 * @param departments departments, summed
	 * @param organisations organisations, summed
	 */
	record NetworkTotals(int networks, Counts members, Counts persons, Counts departments, Counts organisations) {
	}

	/**
	 * GraphQL {@code ReportNetworks}.
	 *
	 * @param rows one per network
	 * @param totals the sums
	 */
	record Networks(List<NetworkRow> rows, NetworkTotals totals) {

		static Networks of(List<NetworkRow> rows) {
			return new Networks(rows,
					new NetworkTotals(rows.size(), Counts.sum(rows, NetworkRow::members),
							Counts.sum(rows, NetworkRow::persons), Counts.sum(rows, NetworkRow::departments),
							Counts.sum(rows, NetworkRow::organisations)));
		}

	}

	/**
	 * GraphQL {@code ReportDepartmentRow}.
	 *
	 * @param department the department or sub-unit
	 * @param staff persons working in it
	 * @param contactPersonAtFrom a contact person on {@code from}
	 * @param contactPersonAtTo a contact person on {@code to}
	 */
	record DepartmentRow(GraphNode department, Counts staff, boolean contactPersonAtFrom, boolean contactPersonAtTo) {
	}

	/**
	 * GraphQL {@code ReportDepartmentTotals}.
	 *
	 * @param departments rows
	 * @param staff staff, summed
	 * @param withContactPersonAtFrom rows with a contact person on {@code from}
	 * @param withContactPersonAtTo rows with a contact person on {@code to}
	 * @param contactGapsClosed rows without one on {@code from}, with one on {@code to}
	 * @param contactGapsOpened rows with one on {@code from}, without one on {@code to}
	 */
	record DepartmentTotals(int departments, Counts staff, int withContactPersonAtFrom, int withContactPersonAtTo,
			int contactGapsClosed, int contactGapsOpened) {
	}

	/**
	 * GraphQL {@code ReportDepartments}.
	 *
	 * @param rows one per department
	 * @param totals the sums
	 */
	record Departments(List<DepartmentRow> rows, DepartmentTotals totals) {

		static Departments of(List<DepartmentRow> rows) {
			return new Departments(rows, new DepartmentTotals(rows.size(), Counts.sum(rows, DepartmentRow::staff),
					count(rows, DepartmentRow::contactPersonAtFrom), count(rows, DepartmentRow::contactPersonAtTo),
					count(rows, (row) -> !row.contactPersonAtFrom() && row.contactPersonAtTo()),
					count(rows, (row) -> row.contactPersonAtFrom() && !row.contactPersonAtTo())));
		}

	}

	/**
	 * GraphQL {@code ReportTopicRow}.
	 *
	 * @param topic the topic
	 * @param experts persons with expertise on it
	 */
	record TopicRow(GraphNode topic, Counts experts) {
	}

	/**
	 * GraphQL {@code ReportTopicTotals}.
	 *
	 * @param topics rows
	 * @param experts experts, summed
	 * @param coveredAtFrom topics with an expert on {@code from}
	 * @param coveredAtTo topics with an expert on {@code to}
	 * @param gapsClosed topics without an expert on {@code from}, with one on {@code to}
	 * @param gapsOpened topics with an expert on {@code from}, without one on {@code to}
	 */
	record TopicTotals(int topics, Counts experts, int coveredAtFrom, int coveredAtTo, int gapsClosed, int gapsOpened) {
	}

	/**
	 * GraphQL {@code ReportTopics}.
	 *
	 * @param rows one per topic
	 * @param totals the sums
	 */
	record Topics(List<TopicRow> rows, TopicTotals totals) {

		static Topics of(List<TopicRow> rows) {
			return new Topics(rows, new TopicTotals(rows.size(), Counts.sum(rows, TopicRow::experts),
					count(rows, (row) -> row.experts().atFrom() > 0), count(rows, (row) -> row.experts().atTo() > 0),
					count(rows, (row) -> row.experts().atFrom() == 0 && row.experts().atTo() > 0),
					count(rows, (row) -> row.experts().atFrom() > 0 && row.experts().atTo() == 0)));
		}

	}

	/**
	 * GraphQL {@code ReportTargetGroupRow}.
	 *
	 * @param targetGroup the target group
	 * @param persons persons working with it
	 * @param offerings offerings for it
	 */
	record TargetGroupRow(GraphNode targetGroup, Counts persons, Counts offerings) {
	}

	/**
	 * GraphQL {@code ReportTargetGroupTotals}.
	 *
	 * @param targetGroups rows
	 * @param persons persons, summed
	 * @param offerings offerings, summed
	 */
	record TargetGroupTotals(int targetGroups, Counts persons, Counts offerings) {
	}

	/**
	 * GraphQL {@code ReportTargetGroups}.
	 *
	 * @param rows one per target group
	 * @param totals the sums
	 */
	record TargetGroups(List<TargetGroupRow> rows, TargetGroupTotals totals) {

		static TargetGroups of(List<TargetGroupRow> rows) {
			return new TargetGroups(rows, new TargetGroupTotals(rows.size(), Counts.sum(rows, TargetGroupRow::persons),
					Counts.sum(rows, TargetGroupRow::offerings)));
		}

	}

	/**
	 * GraphQL {@code ReportGapChange}: one gap rule evaluated on both dates.
	 *
	 * @param rule the rule's code, as in {@code gaps}
	 * @param atFrom gaps on {@code from}
	 * @param atTo gaps on {@code to}
	 * @param closedCount how many gaps closed: on {@code from}, not on {@code to}
	 * @param openedCount how many gaps opened: on {@code to}, not on {@code from}
	 * @param closed the entities whose gap closed, by name, then id
	 * @param opened the entities whose gap opened, by name, then id
	 */
	record GapChange(String rule, int atFrom, int atTo, int closedCount, int openedCount, List<GraphNode> closed,
			List<GraphNode> opened) {

		/**
		 * A rule with no gap on either day.
		 * @param rule the rule's code
		 * @return the change
		 */
		static GapChange none(String rule) {
			return new GapChange(rule, 0, 0, 0, 0, List.of(), List.of());
		}

	}

	private static <T> int count(List<T> rows, Predicate<T> condition) {
		return (int) rows.stream().filter(condition).count();
	}

}
