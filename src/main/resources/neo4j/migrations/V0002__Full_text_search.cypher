// Full-text search (issue 5): one index over the searchable entity types, with Neo4j's built-in
// German analyzer (lower case, German stop words, ä/ae → a, ö/oe → o, ü/ue → u, ß → ss, light
// stemming), so it behaves the same on the embedded database and on any Neo4j 5 server.
// Indexed: the name everywhere, the short name of departments, the job title of persons and the
// description where the type has one; contact data (email, phone, website) is not searchable.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organisation|Department|Topic|Network|WorkingGroup|Offering)
ON EACH [n.name, n.shortName, n.jobTitle, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'german'}};
