// merge_article: upsert Article nodes keyed on article_id.
// rows: {article_id, title, published, url, lang}; the first non-null value wins.
// Returns the ids of the articles this statement created (flagged on creation, flag removed in the
// same statement): their relationships cannot exist yet, so the loader CREATEs them in the same transaction.
UNWIND $rows AS row
MERGE (a:Article {article_id: row.article_id})
  ON CREATE SET a.title = row.title, a.published = row.published, a.url = row.url, a.lang = row.lang,
    a.load_fresh = true
  ON MATCH SET a.title = coalesce(a.title, row.title), a.published = coalesce(a.published, row.published),
    a.url = coalesce(a.url, row.url), a.lang = coalesce(a.lang, row.lang)
WITH a WHERE a.load_fresh
REMOVE a.load_fresh
RETURN a.article_id AS key
