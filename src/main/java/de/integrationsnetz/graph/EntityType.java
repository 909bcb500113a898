package de.integrationsnetz.graph;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static de.integrationsnetz.graph.EntityProperty.of;
import static de.integrationsnetz.graph.EntityProperty.required;
import static de.integrationsnetz.graph.EntityProperty.text;
import static de.integrationsnetz.graph.PropertyKind.BOOLEAN;
import static de.integrationsnetz.graph.PropertyKind.DATE;
import static de.integrationsnetz.graph.PropertyKind.ENUM;
import static de.integrationsnetz.graph.PropertyKind.INTEGER;
import static de.integrationsnetz.graph.PropertyKind.TEXT;

/**
 * The kinds of entity in the graph. Each is a Neo4j label, a GraphQL object type of the
 * same name and a root connection field; every node also carries the label
 * {@value #ENTITY_LABEL}, whose uniqueness constraint keeps ids unique across all labels.
 *
 * <p>
 * Every entity has {@code id}, {@code name} and the derived {@code searchName} (see
 * {@link NameFolding}); the properties listed here come on top. The list is the one place
 * that says which properties exist: the seed loader, filters and ordering read it, and a
 * test checks it against the schema.
 */
public enum EntityType {

	/** Department (Fachbereich), sub-unit or staff unit of the administration. */
	DEPARTMENT("Department", "departments", text("shortName"), required("kind", ENUM),
			required("integrationRelevant", BOOLEAN), text("description")),
	/**
	 * A person: expert, contact person, member of staff. Beside the work contact data:
	 * the consent to publish it ({@code contactConsent}, false unless given, and the day
	 * it was given, {@code contactConsentOn}) and the day the entry was last confirmed as
	 * correct ({@code reviewedOn}, set by every write; see
	 * {@code de.integrationsnetz.privacy.PersonRules}).
	 */
	PERSON("Person", "persons", text("jobTitle"), text("email"), text("phone"), of("contactConsent", BOOLEAN),
			of("contactConsentOn", DATE), of("reviewedOn", DATE)),
	/** An organisation outside the administration (Organisation, Träger). */
	ORGANISATION("Organisation", "organisations", required("kind", ENUM), text("description"), text("website")),
	/** A network (Netzwerk), internal or external. */
	NETWORK("Network", "networks", required("kind", ENUM), of("foundedYear", INTEGER), of("meetingCadence", ENUM),
			text("description")),
	/** A working group (Arbeitskreis, Arbeitsgruppe). */
	WORKING_GROUP("WorkingGroup", "workingGroups", required("status", ENUM), text("description")),
	/** An event: meeting, conference, reception. */
	EVENT("Event", "events", required("kind", ENUM), of("date", DATE), text("location"), text("description")),
	/** A topic (Thema), arranged broader/narrower. */
	TOPIC("Topic", "topics", text("description")),
	/** A target group (Zielgruppe). */
	TARGET_GROUP("TargetGroup", "targetGroups", text("description")),
	/** A language (Sprache). */
	LANGUAGE("Language", "languages", text("nameEn"), required("code", TEXT), required("needed", BOOLEAN)),
	/** An offering (Angebot): information or a service. */
	OFFERING("Offering", "offerings", required("kind", ENUM), text("description")),
	/** An access channel (Zugangsweg). */
	CHANNEL("Channel", "channels", text("description")),
	/** A contract or agreement between partners (Kontrakt, Vereinbarung). */
	CONTRACT("Contract", "contracts", required("status", ENUM), of("validFrom", DATE), of("validUntil", DATE),
			text("description"));

	/** The label every entity node carries in addition to its own. */
	public static final String ENTITY_LABEL = "Entity";

	/**
	 * The version of an entity, counted up by every change: updates carry the version the
	 * client saw (optimistic locking). Missing on a node means 1.
	 */
	public static final String VERSION = "version";

	/**
	 * True once an entity is archived: kept, but hidden from lists. Missing means false.
	 */
	public static final String ARCHIVED = "archived";

	private final String label;

	private final String rootField;

	private final List<EntityProperty> properties;

	EntityType(String label, String rootField, EntityProperty... properties) {
		this.label = label;
		this.rootField = rootField;
		this.properties = List.of(properties);
	}

	/**
	 * The Neo4j label, equal to the GraphQL type name.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The root query field listing all entities of this type.
	 * @return the field name
	 */
	public String rootField() {
		return this.rootField;
	}

	/**
	 * The properties beyond {@code id} and {@code name}.
	 * @return the properties in schema order
	 */
	public List<EntityProperty> properties() {
		return this.properties;
	}

	/**
	 * All stored properties including {@code name}.
	 * @return {@code name} followed by {@link #properties()}
	 */
	public List<EntityProperty> allProperties() {
		return Stream.concat(Stream.of(EntityProperty.required("name", TEXT)), this.properties.stream()).toList();
	}

	public Optional<EntityProperty> property(String name) {
		return allProperties().stream().filter((p) -> p.name().equals(name)).findFirst();
	}

	public static Optional<EntityType> ofLabel(String label) {
		return Stream.of(values()).filter((t) -> t.label.equals(label)).findFirst();
	}

}
