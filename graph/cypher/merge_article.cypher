// merge_article: upsert Article nodes keyed on article_id.
// rows: {article_id, title, published, url, lang}; the first non-null value wins.
UNWIND $rows AS row
MERGE (a:Article {article_id: row.article_id})
  ON CREATE SET a.title = row.title, a.published = row.published, a.url = row.url, a.lang = row.lang
  ON MATCH SET a.title = coalesce(a.title, row.title), a.published = coalesce(a.published, row.published),
    a.url = coalesce(a.url, row.url), a.lang = coalesce(a.lang, row.lang)
