package de.integrationsnetz.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import de.integrationsnetz.graph.Connection;
import de.integrationsnetz.graph.GraphInputException;
import de.integrationsnetz.graph.NotFoundError;
import de.integrationsnetz.graph.PageRequest;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The personal-data fields of {@code privacy.graphqls}: {@code reviewDue},
 * {@code exportPersonData} and {@code erasePerson}.
 */
@Controller
class PrivacyController {

	static final int MAX_MONTHS = 120;

	private final PrivacyQueries queries;

	private final PersonDataRights rights;

	private final Clock clock;

	PrivacyController(PrivacyQueries queries, PersonDataRights rights, Clock clock) {
		this.queries = queries;
		this.rights = rights;
		this.clock = clock;
	}

	@QueryMapping
	Connection reviewDue(@Argument int months, @Argument Integer first, @Argument String after) {
		GraphInputException.threshold("months", months, 1, MAX_MONTHS);
		PageRequest page = PageRequest.of(first, after);
		return this.queries.reviewDue(LocalDate.now(this.clock).minusMonths(months), page);
	}

	@QueryMapping
	DataFetcherResult<PersonDataExport> exportPersonData(@Argument String id, DataFetchingEnvironment env) {
		return this.rights.export(id)
			.map((export) -> DataFetcherResult.<PersonDataExport>newResult().data(export).build())
			.orElseGet(() -> DataFetcherResult.<PersonDataExport>newResult()
				.error(NotFoundError.of(env, "No person has the id '" + id + "'", Map.of()))
				.build());
	}

	@MutationMapping
	Object erasePerson(@Argument String id, @Argument int expectedVersion) {
		return this.rights.erase(id, expectedVersion);
	}

}
