// reviewDue lists persons by their review date.
CREATE RANGE INDEX person_reviewed_on IF NOT EXISTS FOR (p:Person) ON (p.reviewedOn);
