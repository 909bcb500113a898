// A person without a stored consent has not consented. (Persons without a review date
// are left without one: reviewDue lists them as due.)
MATCH (p:Person) WHERE p.contactConsent IS NULL SET p.contactConsent = false;
