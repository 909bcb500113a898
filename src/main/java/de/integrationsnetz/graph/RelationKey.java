package de.integrationsnetz.graph;

/**
 * What one relationship field of one parent asks for; the key of the relations
 * DataLoader, which groups the keys of a request by relation and page and reads each
 * group in one query.
 *
 * @param relation the navigated field
 * @param parentId the parent's id
 * @param page the requested page
 */
record RelationKey(Relation relation, String parentId, PageRequest page) {

	record Group(Relation relation, PageRequest page) {
	}

	Group group() {
		return new Group(this.relation, this.page);
	}

}
