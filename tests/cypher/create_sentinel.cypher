// create_sentinel: a node standing for a user's own data (isolation tests); its label is not policykg's.
CREATE (:UserSentinel {name: $name})
