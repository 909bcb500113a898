package de.integrationsnetz.security;

import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Enforces the access rules on every field before its data fetcher runs (deny by
 * default): a caller whose role the field's rule does not allow gets null for the field
 * and an error with the code {@code FORBIDDEN}; the field's data fetcher (and so any
 * Cypher or write behind it) never runs. A field without a rule is refused for everyone.
 * Widgets read a person's {@code @contact} fields only where the person consented; for
 * the others the field is null without an error, so nothing tells whether there is a
 * value.
 */
@Component
class AccessInstrumentation implements Instrumentation {

	/** GraphQL context key of the {@link Caller}; set by {@link CallerInterceptor}. */
	static final Class<Caller> CALLER = Caller.class;

	private volatile AccessRules rules;

	private final AccessDecisions decisions;

	AccessInstrumentation(org.springframework.beans.factory.ObjectProvider<AccessDecisions> decisions) {
		this.decisions = decisions.getIfAvailable(() -> AccessDecisions.NONE);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		DataFetchingEnvironment env = parameters.getEnvironment();
		if (!(env.getParentType() instanceof GraphQLObjectType parent) || AccessRules.isSystemType(parent)) {
			return dataFetcher;
		}
		String field = env.getFieldDefinition().getName();
		if (field.startsWith("__")) {
			return dataFetcher;
		}
		Caller caller = env.getGraphQlContext().getOrDefault(CALLER, Caller.ANONYMOUS);
		AccessRule rule = rules(env.getGraphQLSchema()).rule(parent.getName(), field).orElse(null);
		boolean allowed = rule != null && rule.allows(caller.role());
		this.decisions.decided(parent.getName(), field, caller.role(), allowed);
		if (!allowed) {
			return (denied) -> forbidden(denied, parent.getName(), field);
		}
		if (rule == AccessRule.CONTACT) {
			return (contact) -> rule.reveals(caller.role(), contact.getSource()) ? dataFetcher.get(contact) : null;
		}
		return dataFetcher;
	}

	private AccessRules rules(GraphQLSchema schema) {
		AccessRules current = this.rules;
		if (current == null || current.schema() != schema) {
			current = AccessRules.of(schema);
			this.rules = current;
		}
		return current;
	}

	private static DataFetcherResult<Object> forbidden(DataFetchingEnvironment env, String type, String field) {
		return DataFetcherResult.newResult()
			.error(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.FORBIDDEN)
				.message("Not allowed for your role: " + type + "." + field)
				.extensions(Map.of("code", "FORBIDDEN"))
				.build())
			.build();
	}

}
