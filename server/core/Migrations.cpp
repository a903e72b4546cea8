#include "server/core/Migrations.h"

#include <QRegularExpression>

namespace certtrack::server {

namespace {

// Dates are TEXT "YYYY-MM-DD"; instants are INTEGER milliseconds since the Unix epoch (UTC).
QStringList initialSchema() {
    return {
        QStringLiteral(R"(CREATE TABLE candidates (
            id INTEGER PRIMARY KEY,
            login_id TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            email TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            address_line1 TEXT NOT NULL DEFAULT '',
            address_line2 TEXT NOT NULL DEFAULT '',
            address_line3 TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            state_province TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            settings_confirmed_on TEXT,
            logo_guidelines_accepted INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE programme_texts (
            key TEXT PRIMARY KEY,
            text TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE settings_questions (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            required INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE settings_answers (
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL REFERENCES settings_questions(id),
            answer INTEGER NOT NULL,
            PRIMARY KEY (candidate_id, question_id)))"),
        QStringLiteral(R"(CREATE TABLE attribute_definitions (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            editable INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE candidate_attributes (
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            attribute_id TEXT NOT NULL REFERENCES attribute_definitions(id),
            value TEXT NOT NULL,
            PRIMARY KEY (candidate_id, attribute_id)))"),
        QStringLiteral(R"(CREATE TABLE identifier_types (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            label TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE candidate_identifiers (
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            identifier_type_id TEXT NOT NULL REFERENCES identifier_types(id),
            value TEXT NOT NULL,
            PRIMARY KEY (candidate_id, identifier_type_id)))"),
        QStringLiteral(R"(CREATE TABLE exams (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            registration_number TEXT NOT NULL,
            grade TEXT NOT NULL CHECK (grade IN ('pass', 'fail')),
            taken_on TEXT NOT NULL,
            expires_on TEXT))"),
        QStringLiteral("CREATE INDEX exams_by_candidate ON exams (candidate_id, taken_on)"),
        QStringLiteral(R"(CREATE TABLE agreements (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            version TEXT NOT NULL,
            text TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE candidate_agreements (
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            agreement_id TEXT NOT NULL REFERENCES agreements(id),
            active_on TEXT NOT NULL,
            expires_on TEXT,
            PRIMARY KEY (candidate_id, agreement_id)))"),
        QStringLiteral(R"(CREATE TABLE ce_activities (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            active_on TEXT NOT NULL,
            expires_on TEXT,
            review_on TEXT,
            points INTEGER NOT NULL,
            updated_on TEXT NOT NULL,
            provider_name TEXT NOT NULL,
            source TEXT NOT NULL,
            import_source TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX ce_activities_by_candidate ON ce_activities (candidate_id)"),
        QStringLiteral(R"(CREATE TABLE transactions (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            occurred_at INTEGER NOT NULL,
            description TEXT NOT NULL,
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL,
            payment_method TEXT NOT NULL,
            status TEXT NOT NULL,
            order_id TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX transactions_by_candidate ON transactions (candidate_id)"),
        QStringLiteral(R"(CREATE TABLE certification_definitions (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            track TEXT NOT NULL,
            name TEXT NOT NULL,
            acronym TEXT NOT NULL,
            duration_months INTEGER NOT NULL,
            requirements_json TEXT,
            recertification_json TEXT,
            ce_credits_label TEXT NOT NULL DEFAULT '',
            renews_json TEXT NOT NULL DEFAULT '[]',
            logo_available INTEGER NOT NULL DEFAULT 0,
            pdf_available INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE candidate_certifications (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            definition_id TEXT NOT NULL REFERENCES certification_definitions(id),
            started_on TEXT,
            active_on TEXT NOT NULL,
            expires_on TEXT,
            verification_code TEXT NOT NULL DEFAULT '',
            revoked_at INTEGER))"),
        QStringLiteral("CREATE INDEX candidate_certifications_by_candidate "
                       "ON candidate_certifications (candidate_id)"),
        QStringLiteral(R"(CREATE TABLE ce_credits (
            id TEXT PRIMARY KEY,
            certification_id TEXT NOT NULL
                REFERENCES candidate_certifications(id) ON DELETE CASCADE,
            ce_activity_id TEXT REFERENCES ce_activities(id),
            active_on TEXT NOT NULL,
            inactive_on TEXT NOT NULL,
            points INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX ce_credits_by_certification ON ce_credits (certification_id)"),
        QStringLiteral(R"(CREATE TABLE certification_history (
            id INTEGER PRIMARY KEY,
            certification_id TEXT NOT NULL
                REFERENCES candidate_certifications(id) ON DELETE CASCADE,
            happened_on TEXT NOT NULL,
            text TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX certification_history_by_certification "
                       "ON certification_history (certification_id)"),
        QStringLiteral(R"(CREATE TABLE logos (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            certification_id TEXT REFERENCES candidate_certifications(id),
            formats TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE fulfillment_items (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            order_id TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            verification_code TEXT NOT NULL DEFAULT '',
            queued_on TEXT,
            sent_on TEXT,
            complete_on TEXT,
            status TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE transcripts (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            display_name TEXT NOT NULL,
            description TEXT NOT NULL,
            remarks TEXT NOT NULL DEFAULT '',
            show_name INTEGER NOT NULL,
            show_address INTEGER NOT NULL,
            show_email INTEGER NOT NULL,
            expires_on TEXT NOT NULL,
            disclosure TEXT NOT NULL,
            views INTEGER NOT NULL DEFAULT 0,
            last_viewed_at INTEGER,
            deactivated INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE transcript_certifications (
            transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
            certification_id TEXT NOT NULL REFERENCES candidate_certifications(id),
            PRIMARY KEY (transcript_id, certification_id)))"),
        QStringLiteral(R"(CREATE TABLE badges (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            certification_id TEXT REFERENCES candidate_certifications(id),
            name TEXT NOT NULL,
            issuer TEXT NOT NULL,
            description TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            expires_on TEXT,
            image_svg TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE tokens (
            hash BLOB PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            family_id TEXT NOT NULL,
            issued_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at INTEGER,
            revoked_at INTEGER))"),
        QStringLiteral("CREATE INDEX tokens_by_family ON tokens (family_id)"),
        QStringLiteral(R"(CREATE TABLE login_failures (
            id INTEGER PRIMARY KEY,
            login_id TEXT NOT NULL,
            failed_at INTEGER NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX login_failures_by_login ON login_failures (login_id, failed_at)"),
    };
}

// Transcripts made through the API: when each was created and deactivated, and which
// certifications the candidate held at creation, so "All New Certificates" can tell the
// certifications earned after it.
QStringList transcriptLifecycle() {
    return {
        QStringLiteral("ALTER TABLE transcripts ADD COLUMN created_at INTEGER"),
        QStringLiteral("ALTER TABLE transcripts ADD COLUMN deactivated_at INTEGER"),
        QStringLiteral(R"(CREATE TABLE transcript_known_certifications (
            transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
            certification_id TEXT NOT NULL,
            PRIMARY KEY (transcript_id, certification_id)))"),
    };
}

// Account mapping: single-use set-password links (only their SHA-256 is kept), and an index to
// find records by email, which is how a first-time candidate is found.
QStringList passwordLinks() {
    return {
        QStringLiteral(R"(CREATE TABLE password_links (
            hash BLOB PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            purpose TEXT NOT NULL CHECK (purpose IN ('mapping', 'reset')),
            issued_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at INTEGER))"),
        QStringLiteral("CREATE INDEX candidates_by_email ON candidates (email COLLATE NOCASE)"),
    };
}

// Kit orders (issue 7): orders with their lines as ordered (name and price fixed at ordering),
// the hosted checkout tokens, the Idempotency-Key answers of order submissions, and the initial
// kits claimed, one per held certification (the primary key is what makes a second claim fail).
// Certifications held before orders existed had their kits sent outside CertTrack: they count as
// claimed.
QStringList kitOrders() {
    return {
        QStringLiteral(R"(CREATE TABLE orders (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('draft', 'awaiting_payment', 'paid', 'declined',
                'cancelled', 'abandoned', 'queued', 'sent', 'complete')),
            tracking INTEGER NOT NULL,
            tracking_fee_minor INTEGER NOT NULL,
            total_minor INTEGER NOT NULL,
            currency TEXT NOT NULL,
            shipping_json TEXT,
            payment_method TEXT NOT NULL DEFAULT 'none',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            state_changed_at INTEGER NOT NULL,
            queued_on TEXT,
            sent_on TEXT,
            complete_on TEXT))"),
        QStringLiteral("CREATE INDEX orders_by_candidate ON orders (candidate_id, created_at)"),
        QStringLiteral("CREATE INDEX orders_by_state ON orders (state, state_changed_at)"),
        QStringLiteral(R"(CREATE TABLE order_lines (
            order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            catalogue_item_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            price_minor INTEGER NOT NULL,
            currency TEXT NOT NULL,
            initial_kit INTEGER NOT NULL,
            certification_id TEXT NOT NULL,
            verification_code TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (order_id, position)))"),
        QStringLiteral(R"(CREATE TABLE checkout_tokens (
            token TEXT PRIMARY KEY,
            order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            issued_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX checkout_tokens_by_order ON checkout_tokens (order_id)"),
        QStringLiteral(R"(CREATE TABLE idempotency_keys (
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            fingerprint BLOB NOT NULL,
            order_id TEXT NOT NULL,
            status INTEGER NOT NULL,
            body BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (candidate_id, key)))"),
        QStringLiteral(R"(CREATE TABLE claimed_kits (
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            certification_id TEXT NOT NULL,
            order_id TEXT NOT NULL DEFAULT '',
            claimed_at INTEGER NOT NULL,
            PRIMARY KEY (candidate_id, certification_id)))"),
        QStringLiteral("INSERT INTO claimed_kits (candidate_id, certification_id, claimed_at) "
                       "SELECT candidate_id, id, 0 FROM candidate_certifications"),
    };
}

// Badges become credentials. A badge issued before this keeps its own achievement (one per badge,
// named after it) and waits for its holder to accept it, as every new badge does.
QStringList openBadges() {
    return {
        QStringLiteral(R"(CREATE TABLE badge_achievements (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            criteria TEXT NOT NULL,
            image_svg TEXT NOT NULL,
            image_png BLOB))"),
        QStringLiteral("INSERT INTO badge_achievements (id, name, description, criteria, "
                       "image_svg) SELECT id, name, description, description, image_svg FROM "
                       "badges"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN achievement_id TEXT REFERENCES "
                       "badge_achievements(id)"),
        QStringLiteral("UPDATE badges SET achievement_id = id"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN accepted_at INTEGER"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN public INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN revoked_at INTEGER"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN revocation_reason TEXT"),
        // Set once, when the credential is first issued (signed): what it was signed with.
        QStringLiteral("ALTER TABLE badges ADD COLUMN status_index INTEGER"),
        QStringLiteral("CREATE UNIQUE INDEX badges_by_status_index ON badges (status_index)"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN credential_id TEXT"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN recipient_salt TEXT"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN recipient_identity TEXT"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN issued_origin TEXT"),
        QStringLiteral("ALTER TABLE badges ADD COLUMN credential_jwt TEXT"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN credential_subject TEXT"),
        // Every key the issuer ever signed with stays published; only a key made here keeps its
        // private half here (a key given with --issuer-key stays in its file).
        QStringLiteral(R"(CREATE TABLE issuer_keys (
            thumbprint TEXT PRIMARY KEY,
            public_jwk TEXT NOT NULL,
            private_pem TEXT,
            created_at INTEGER NOT NULL))"),
    };
}

} // namespace

const QList<Migration> &sqliteMigrations() {
    static const QList<Migration> migrations{
        {1, QStringLiteral("candidates, programme data, history, certifications, tokens"),
         initialSchema()},
        {2,
         QStringLiteral("verification codes are unique and found by an index"),
         {QStringLiteral("CREATE UNIQUE INDEX candidate_certifications_by_code ON "
                         "candidate_certifications (verification_code) WHERE "
                         "verification_code <> ''")}},
        {3,
         QStringLiteral("transcript creation, deactivation and certifications known at creation"),
         transcriptLifecycle()},
        {4, QStringLiteral("set-password links for account mapping and forgotten passwords"),
         passwordLinks()},
        {5,
         QStringLiteral(
             "logo guidelines accepted through the API: when, and under which agreement"),
         {QStringLiteral(R"(CREATE TABLE logo_guideline_acceptances (
            candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
            accepted_at INTEGER NOT NULL,
            agreement_id TEXT REFERENCES agreements(id)))")}},
        {6, QStringLiteral("kit orders, checkout tokens, idempotency keys and claimed kits"),
         kitOrders()},
        {7,
         QStringLiteral("a candidate's tokens found by an index: a new password revokes them all"),
         {QStringLiteral("CREATE INDEX tokens_by_candidate ON tokens (candidate_id, revoked_at)")}},
        {8,
         QStringLiteral("badges as Open Badges credentials: achievements, acceptance, "
                        "visibility, revocation, the issued credential, issuer keys"),
         openBadges()},
        {9,
         QStringLiteral("credentials from other issuers kept on a candidate's account"),
         {QStringLiteral(R"(CREATE TABLE external_credentials (
            id TEXT PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            credential TEXT NOT NULL,
            added_at INTEGER NOT NULL))"),
          QStringLiteral("CREATE INDEX external_credentials_by_candidate ON "
                         "external_credentials (candidate_id, added_at)")}},
        {10,
         QStringLiteral("failed passwords counted per login and address, so a stranger's guesses "
                        "do not lock the owner out"),
         {QStringLiteral("ALTER TABLE login_failures ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX login_failures_by_login_address ON login_failures "
                         "(login_id, address, failed_at)")}},
        {11,
         QStringLiteral("a candidate's transcripts found by an index: each creation counts them "
                        "against the account's limits"),
         {QStringLiteral(
             "CREATE INDEX transcripts_by_candidate ON transcripts (candidate_id, created_at)")}},
        {12,
         QStringLiteral("the portal header's links (support, FAQ, the programme's site) as "
                        "programme data, in order; only https addresses are stored"),
         {QStringLiteral(R"(CREATE TABLE programme_links (
            position INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (title <> ''),
            url TEXT NOT NULL CHECK (url LIKE 'https://%')))")}},
        {13,
         QStringLiteral("candidates found by login ID and by email whatever their case, through "
                        "indexes on lower(): the same SQL in SQLite and PostgreSQL (COLLATE "
                        "NOCASE is SQLite's own), and no longer a scan of every candidate to sign "
                        "one in"),
         {QStringLiteral("DROP INDEX candidates_by_email"),
          QStringLiteral("CREATE INDEX candidates_by_email ON candidates (lower(email))"),
          QStringLiteral("CREATE INDEX candidates_by_login ON candidates (lower(login_id))")}},
        {14,
         QStringLiteral("the rate limiters' events, so that several processes serving one "
                        "PostgreSQL database count as one (SQLite, served by one process, keeps "
                        "them in memory and leaves this table empty)"),
         {QStringLiteral(R"(CREATE TABLE rate_events (
            limiter TEXT NOT NULL,
            key TEXT NOT NULL,
            at INTEGER NOT NULL))"),
          QStringLiteral("CREATE INDEX rate_events_by_key ON rate_events (limiter, key, at)")}},
        {15,
         QStringLiteral("the collections that grow with a career (exams, CE activities, "
                        "transactions) are read a page at a time, each page one range of an "
                        "index in the order they are listed"),
         {QStringLiteral("DROP INDEX exams_by_candidate"),
          QStringLiteral("CREATE INDEX exams_by_candidate ON exams (candidate_id, taken_on, id)"),
          QStringLiteral("DROP INDEX ce_activities_by_candidate"),
          QStringLiteral("CREATE INDEX ce_activities_by_candidate ON ce_activities "
                         "(candidate_id, active_on, id)"),
          QStringLiteral("DROP INDEX transactions_by_candidate"),
          QStringLiteral("CREATE INDEX transactions_by_candidate ON transactions "
                         "(candidate_id, occurred_at, id)")}},
    };
    return migrations;
}

QString postgresStatement(const QString &sqliteStatement) {
    QString s = sqliteStatement;
    const bool definesColumns =
        s.startsWith(QLatin1String("CREATE TABLE")) || s.startsWith(QLatin1String("ALTER TABLE"));
    if (definesColumns) {
        static const QRegularExpression rowidAlias(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
        s.replace(rowidAlias,
                  QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        s.replace(integer, QStringLiteral("BIGINT"));
        static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
        s.replace(blob, QStringLiteral("BYTEA"));
        static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
        s.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
        // Rows a crash may lose skip the write-ahead log (http/RateLimiter.h says why losing
        // them is harmless); they cost no disk flush per public request.
        if (s.startsWith(QLatin1String("CREATE TABLE rate_events (")))
            s.insert(int(qstrlen("CREATE ")), QStringLiteral("UNLOGGED "));
        if (s.startsWith(QLatin1String("CREATE TABLE orders (")))
            s.insert(int(qstrlen("CREATE TABLE orders (")),
                     QStringLiteral("seq BIGINT GENERATED ALWAYS AS IDENTITY, "));
    }
    static const QRegularExpression nocase(QStringLiteral("\\((\\w+) COLLATE NOCASE\\)"));
    s.replace(nocase, QStringLiteral("(lower(\\1))"));
    return s;
}

const QList<Migration> &postgresMigrations() {
    static const QList<Migration> migrations = [] {
        QList<Migration> translated = sqliteMigrations();
        for (Migration &migration : translated) {
            for (QString &statement : migration.statements)
                statement = postgresStatement(statement);
        }
        return translated;
    }();
    return migrations;
}

} // namespace certtrack::server
