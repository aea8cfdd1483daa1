/* store — extraction results in SQLite, one transaction per document. The documents
 * table maps each added path to its content key; the extractions table holds one shard
 * line per (content key, fingerprint). Rendering reads the lines back and merges them
 * like shards, so `json --db` equals a single run over the same articles. */
#include "store.h"

#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "diag.h"
#include "fingerprint.h"
#include "sha256.h"
#include "shard.h"

static const char schema_sql[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS documents("
    " path TEXT PRIMARY KEY, content TEXT NOT NULL, bytes INTEGER NOT NULL,"
    " added TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS documents_content ON documents(content);"
    "CREATE TABLE IF NOT EXISTS extractions("
    " content TEXT NOT NULL, fingerprint TEXT NOT NULL, record TEXT NOT NULL,"
    " events INTEGER NOT NULL, actors INTEGER NOT NULL,"
    " PRIMARY KEY(content, fingerprint));"
    "CREATE VIEW IF NOT EXISTS stored_events AS SELECT d.path AS path,"
    " x.fingerprint AS fingerprint, json_extract(e.value, '$.type') AS type,"
    " CASE WHEN json_extract(e.value, '$.source') IS NOT NULL THEN json_extract(x.record,"
    "  printf('$.actors[%d].name', json_extract(e.value, '$.source'))) END AS source,"
    " CASE WHEN json_extract(e.value, '$.target') IS NOT NULL THEN json_extract(x.record,"
    "  printf('$.actors[%d].name', json_extract(e.value, '$.target'))) END AS target,"
    " json_extract(e.value, '$.date.value') AS date,"
    " json_extract(e.value, '$.modality') AS modality,"
    " json_extract(e.value, '$.evidence.sentence') AS sentence"
    " FROM documents d JOIN extractions x ON x.content = d.content,"
    " json_each(x.record, '$.events') e;"
    "INSERT OR IGNORE INTO meta VALUES('schema', '1');";

typedef struct {
    sqlite3 *db;
    const char *path;
} store;

static int db_fail(const store *st, ev_err *err)
{
    err_set(err, "%s: store: %s", st->path, sqlite3_errmsg(st->db));
    return -1;
}

static int exec(const store *st, const char *sql, ev_err *err)
{
    return sqlite3_exec(st->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : db_fail(st, err);
}

/* The schema version the file holds; a file that is no SQLite database, or one without
 * evgraph's tables, is one clear line. */
static int check_schema(store *st, ev_err *err)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key = 'schema'", -1, &q,
                                NULL);
    if (rc == SQLITE_NOTADB || (rc != SQLITE_OK && strstr(sqlite3_errmsg(st->db), "no such"))) {
        err_set(err, "%s: not an evgraph store (%s)", st->path,
                rc == SQLITE_NOTADB ? "not an SQLite database" : "no evgraph tables");
        return -1;
    }
    if (rc != SQLITE_OK)
        return db_fail(st, err);
    rc = sqlite3_step(q);
    int version = rc == SQLITE_ROW ? atoi((const char *)sqlite3_column_text(q, 0)) : 0;
    sqlite3_finalize(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_fail(st, err);
    if (version != STORE_SCHEMA) {
        err_set(err, "%s: store schema %d, this evgraph reads schema %d", st->path, version,
                STORE_SCHEMA);
        return -1;
    }
    return 0;
}

static int store_open(store *st, const char *path, int create, ev_err *err)
{
    st->path = path;
    st->db = NULL;
    /* SQLite would open a FIFO, socket or device as well: a FIFO blocks or fails as "disk
     * I/O error", a device (a disk, as root) would be written over. The store is a
     * regular file, as every input is (inputs.h), or nothing yet for db add. */
    int kind = util_regular_file(path, "a store", err);
    if (kind < 0)
        return -1;
    if (!create && kind == 0) {
        err_set(err, "%s: no such store (evgraph db add creates one)", path);
        return -1;
    }
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path, &st->db, flags, NULL) != SQLITE_OK) {
        err_set(err, "%s: cannot open the store: %s", path,
                st->db ? sqlite3_errmsg(st->db) : "out of memory");
        return -1;
    }
    sqlite3_busy_timeout(st->db, 10000);
    /* WAL: a commit is one append, readers never see half a document, and a killed
     * writer leaves every committed document in place. */
    if (sqlite3_exec(st->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", NULL,
                     NULL, NULL) == SQLITE_NOTADB) {
        err_set(err, "%s: not an evgraph store (not an SQLite database)", path);
        return -1;
    }
    if (create && exec(st, "BEGIN IMMEDIATE", err) == 0) {
        if (exec(st, schema_sql, err) != 0 || exec(st, "COMMIT", err) != 0) {
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return -1;
        }
    }
    return check_schema(st, err);
}

static void store_close(store *st)
{
    sqlite3_close(st->db);
    st->db = NULL;
}

/* ---- db add ---- */

typedef struct {
    store *st;
    char fingerprint[FINGERPRINT_LEN + 1];
    char content[80]; /* the content key of the file want() let through */
    size_t bytes;
    ev_err err;       /* the store's own failure, which stops the add */
    int broken;
} adder;

/* The key of an article's content: SHA-256 of its bytes and of the name's extension,
 * since a .html name alone makes the document stage read markup. */
static void content_key(const char *path, const char *data, size_t len, char out[80])
{
    sha256_ctx c;
    sha256_init(&c);
    const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
    char ext[16] = "";
    for (size_t i = 0; dot && (!slash || dot > slash) && dot[i] && i + 1 < sizeof ext; i++)
        ext[i] = (char)(dot[i] >= 'A' && dot[i] <= 'Z' ? dot[i] + 32 : dot[i]);
    sha256_update(&c, ext, strlen(ext) + 1);
    sha256_update(&c, data, len);
    char hex[65];
    sha256_final_hex(&c, hex);
    snprintf(out, 80, "sha256:%s", hex);
}

/* One row's first column as text into buf ("" when there is no row). */
static int query_text(adder *a, const char *sql, const char *p1, const char *p2, char *buf,
                      size_t size)
{
    sqlite3_stmt *q;
    buf[0] = 0;
    if (sqlite3_prepare_v2(a->st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_fail(a->st, &a->err);
    sqlite3_bind_text(q, 1, p1, -1, SQLITE_STATIC);
    if (p2)
        sqlite3_bind_text(q, 2, p2, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW)
        snprintf(buf, size, "%s", (const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(a->st, &a->err);
}

/* Points path at content; drops the extractions of the content it had before when no
 * other path holds it. Inside the caller's transaction. */
static int put_document(adder *a, const char *path, const char *content, size_t bytes)
{
    char old[80], added[32];
    time_t now = time(NULL);
    strftime(added, sizeof added, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    if (query_text(a, "SELECT content FROM documents WHERE path = ?", path, NULL, old,
                   sizeof old) != 0)
        return -1;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(a->st->db, "INSERT OR REPLACE INTO documents VALUES(?, ?, ?, ?)", -1,
                           &q, NULL) != SQLITE_OK)
        return db_fail(a->st, &a->err);
    sqlite3_bind_text(q, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, content, -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)bytes);
    sqlite3_bind_text(q, 4, added, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        return db_fail(a->st, &a->err);
    if (!old[0] || strcmp(old, content) == 0)
        return 0;
    char dummy[8];
    return query_text(a,
                      "DELETE FROM extractions WHERE content = ?1 AND NOT EXISTS "
                      "(SELECT 1 FROM documents WHERE content = ?1)",
                      old, NULL, dummy, sizeof dummy);
}

static int in_transaction(adder *a, int ok)
{
    if (ok && exec(a->st, "COMMIT", &a->err) == 0)
        return 0;
    sqlite3_exec(a->st->db, "ROLLBACK", NULL, NULL, NULL);
    a->broken = 1;
    return -1;
}

/* The pipeline's filter: an article whose content is stored with this fingerprint is not
 * processed again (if it moved, only its path is recorded). */
static int want_file(void *ctx, const char *path)
{
    adder *a = ctx;
    char *data, have[80], cur[80];
    size_t len;
    ev_err e;
    if (a->broken)
        return 0;
    if (util_read_file(path, DOCUMENT_MAX_BYTES, &data, &len, &e) != 0)
        return 1; /* the document stage reports it as it reports any bad input */
    content_key(path, data, len, a->content);
    a->bytes = len;
    free(data);
    if (query_text(a, "SELECT content FROM extractions WHERE content = ? AND fingerprint = ?",
                   a->content, a->fingerprint, have, sizeof have) != 0 ||
        query_text(a, "SELECT content FROM documents WHERE path = ?", path, NULL, cur,
                   sizeof cur) != 0) {
        a->broken = 1;
        return 0;
    }
    if (!have[0])
        return 1;
    if (strcmp(cur, a->content) != 0 && exec(a->st, "BEGIN IMMEDIATE", &a->err) == 0)
        in_transaction(a, put_document(a, path, a->content, a->bytes) == 0);
    return 0;
}

/* The pipeline's sink: the record and its path in one transaction. */
static int store_record(void *ctx, const doc_record *r)
{
    adder *a = ctx;
    strbuf line = {0};
    ev_err e;
    if (a->broken)
        return -1;
    if (shard_format(r, a->fingerprint, &line, &e) != 0) {
        diag_error("%s", e.msg);
        return -1;
    }
    sqlite3_stmt *q = NULL;
    int ok = exec(a->st, "BEGIN IMMEDIATE", &a->err) == 0;
    if (!ok) {
        a->broken = 1;
        sb_free(&line);
        return -1;
    }
    ok = sqlite3_prepare_v2(a->st->db, "INSERT OR REPLACE INTO extractions VALUES(?, ?, ?, ?, ?)",
                            -1, &q, NULL) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_text(q, 1, a->content, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 2, a->fingerprint, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 3, line.s, (int)line.len - 1, SQLITE_STATIC); /* no newline */
        sqlite3_bind_int64(q, 4, (sqlite3_int64)r->nevents);
        sqlite3_bind_int64(q, 5, (sqlite3_int64)r->actors.nactors);
        ok = sqlite3_step(q) == SQLITE_DONE;
    }
    if (!ok)
        db_fail(a->st, &a->err);
    sqlite3_finalize(q);
    ok = ok && put_document(a, r->source, a->content, a->bytes) == 0;
    sb_free(&line);
    return in_transaction(a, ok);
}

int store_add(const char *path, const ruleset *rs, const pipeline_opts *o, char *const *inputs,
              size_t ninputs, pipeline_stats *stats, ev_err *err)
{
    for (size_t i = 0; i < ninputs; i++)
        if (strcmp(inputs[i], "-") == 0) {
            err_set(err, "db add: reads files and directories, not standard input");
            return -1;
        }
    store st;
    adder a = {.st = &st};
    int rc = -1;
    if (store_open(&st, path, 1, err) == 0 &&
        fingerprint_extraction(rs, o, a.fingerprint, err) == 0) {
        pipeline_opts po = *o;
        po.sink = store_record;
        po.want = want_file;
        po.ctx = &a;
        evgraph g;
        graph_begin(&g);
        rc = pipeline_run(rs, &po, inputs, ninputs, &g, stats, err);
        graph_free(&g);
        if (rc == 0 && a.broken) {
            *err = a.err;
            rc = -1;
        }
    }
    store_close(&st);
    return rc;
}

/* ---- reading ---- */

static long count_of(store *st, const char *sql, const char *fp)
{
    sqlite3_stmt *q;
    long n = -1;
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return -1;
    if (fp)
        sqlite3_bind_text(q, 1, fp, -1, SQLITE_STATIC);
    if (sqlite3_step(q) == SQLITE_ROW)
        n = (long)sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return n;
}

static const char stale_sql[] =
    "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM extractions x"
    " WHERE x.content = d.content AND x.fingerprint = ?)";

/* Every stored document's line for fp, checked as a shard line, under its path. */
static int load_lines(store *st, const ruleset *rs, const char *fp, merge_set *s,
                      pipeline_stats *stats, ev_err *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT d.path, x.record FROM documents d JOIN extractions x"
                           " ON x.content = d.content AND x.fingerprint = ?",
                           -1, &q, NULL) != SQLITE_OK)
        return db_fail(st, err);
    sqlite3_bind_text(q, 1, fp, -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const char *path = (const char *)sqlite3_column_text(q, 0);
        const char *line = (const char *)sqlite3_column_text(q, 1);
        size_t len = (size_t)sqlite3_column_bytes(q, 1);
        doc_record r;
        char lfp[FINGERPRINT_LEN + 1];
        ev_err e;
        if (shard_parse(line, len, rs, &r, lfp, &e) != 0) {
            diag_error("%s: stored document %s: %s", st->path, path, e.msg);
            stats->failed++;
            continue;
        }
        record_free(&r);
        merge_add(s, path, line, len);
        stats->ok++;
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? 0 : db_fail(st, err);
}

int store_load(const char *path, const ruleset *rs, const pipeline_opts *o, merge_set *s,
               pipeline_stats *stats, ev_err *err)
{
    store st;
    char fp[FINGERPRINT_LEN + 1];
    int rc = -1;
    if (store_open(&st, path, 0, err) == 0 && fingerprint_extraction(rs, o, fp, err) == 0 &&
        load_lines(&st, rs, fp, s, stats, err) == 0) {
        long stale = count_of(&st, stale_sql, fp);
        merge_sort(s);
        rc = 0;
        if (stale > 0 && s->n == 0) {
            err_set(err, "%s: its %ld documents were extracted with other rules or options "
                         "(evgraph db add with these re-extracts them)", path, stale);
            rc = -1;
        } else if (stale > 0) {
            diag_warn("%s: %ld documents were extracted with other rules or options and are "
                      "left out (evgraph db add with these re-extracts them)", path, stale);
        } else if (s->n == 0 && stats->failed == 0) {
            err_set(err, "%s: the store holds no documents (evgraph db add stores some)", path);
            rc = -1;
        }
    }
    store_close(&st);
    return rc;
}

int store_stats(const char *path, const ruleset *rs, const pipeline_opts *o, strbuf *out,
                ev_err *err)
{
    store st;
    char fp[FINGERPRINT_LEN + 1];
    int rc = -1;
    if (store_open(&st, path, 0, err) == 0 && fingerprint_extraction(rs, o, fp, err) == 0) {
        long docs = count_of(&st, "SELECT count(*) FROM documents", NULL);
        long bytes = count_of(&st, "SELECT coalesce(sum(bytes), 0) FROM documents", NULL);
        long ext = count_of(&st, "SELECT count(*) FROM extractions", NULL);
        long fps = count_of(&st, "SELECT count(DISTINCT fingerprint) FROM extractions", NULL);
        long events = count_of(&st,
                               "SELECT coalesce(sum(x.events), 0) FROM documents d JOIN "
                               "extractions x ON x.content = d.content AND x.fingerprint = ?",
                               fp);
        long stale = count_of(&st, stale_sql, fp);
        if (docs < 0 || bytes < 0 || ext < 0 || fps < 0 || events < 0 || stale < 0) {
            db_fail(&st, err);
        } else {
            sb_addf(out, "store         %s (schema %d)\n", path, STORE_SCHEMA);
            sb_addf(out, "documents     %ld (%ld bytes)\n", docs, bytes);
            sb_addf(out, "extractions   %ld (%ld fingerprints)\n", ext, fps);
            sb_addf(out, "current       %ld documents, %ld events (fingerprint %s)\n",
                    docs - stale, events, fp);
            sb_addf(out, "stale         %ld documents extracted only with other rules or "
                         "options\n", stale);
            rc = 0;
        }
    }
    store_close(&st);
    return rc;
}
