package de.integrationsnetz.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.graph.GraphInputException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The annual report (GraphQL, {@code report.graphqls}): {@code report} checks the dates,
 * and each section of the report is read by its own query only when the client asks for
 * it, so the whole report costs six queries and a single section one.
 */
@Controller
class ReportController {

	/** The longest period a report compares, in years. */
	static final int MAX_YEARS = 20;

	static final String BAD_DATE_RANGE = "BAD_DATE_RANGE";

	private final ReportQueries queries;

	ReportController(ReportQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Report report(@Argument LocalDate from, @Argument LocalDate to) {
		if (from.isAfter(to)) {
			throw new GraphInputException(BAD_DATE_RANGE, "from",
					"from (" + from + ") must not be after to (" + to + ")", Map.of());
		}
		if (to.isAfter(from.plusYears(MAX_YEARS))) {
			throw new GraphInputException(BAD_DATE_RANGE, "from",
					"A report covers at most " + MAX_YEARS + " years; from " + from + " to " + to + " is longer",
					Map.of());
		}
		return new Report(from, to);
	}

	@SchemaMapping
	Report.Networks networks(Report report) {
		return this.queries.networks(report.from(), report.to());
	}

	@SchemaMapping
	Report.Departments departments(Report report) {
		return this.queries.departments(report.from(), report.to());
	}

	@SchemaMapping
	Report.Topics topics(Report report) {
		return this.queries.topics(report.from(), report.to());
	}

	@SchemaMapping
	Report.TargetGroups targetGroups(Report report) {
		return this.queries.targetGroups(report.from(), report.to());
	}

	@SchemaMapping
	Report.Contracts contracts(Report report) {
		return this.queries.contracts(report.from(), report.to());
	}

	@SchemaMapping
	List<Report.GapChange> gaps(Report report) {
		return this.queries.gaps(report.from(), report.to());
	}

}
