package de.integrationsnetz.search;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entity types a search covers (GraphQL {@code SearchType}), each with its Neo4j
 * label. The full-text index {@value SearchQueries#INDEX} covers exactly these labels.
 */
enum SearchType {

	/** Person (Person). */
	PERSON("Person"),
	/** Organisation (Organisation, Träger). */
	ORGANISATION("Organisation"),
	/** Department (Fachbereich), sub-unit or staff unit. */
	DEPARTMENT("Department"),
	/** Topic (Thema). */
	TOPIC("Topic"),
	/** Network (Netzwerk). */
	NETWORK("Network"),
	/** Working group (Arbeitskreis, Arbeitsgruppe). */
	WORKING_GROUP("WorkingGroup"),
	/** Offering (Angebot). */
	OFFERING("Offering");

	private final String label;

	SearchType(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	static Optional<SearchType> ofLabel(String label) {
		return Stream.of(values()).filter((type) -> type.label.equals(label)).findFirst();
	}

}
