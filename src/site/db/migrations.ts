// The schema as an ordered list: entry N brings a database from version N to N+1. Never edit an
// entry that has shipped; append a new one.

/** SQL of every migration, in order. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('candidate', 'site-reviewer', 'region-reviewer', 'admin')),
    password_hash TEXT NOT NULL,
    recovery_question TEXT NOT NULL DEFAULT '',
    recovery_answer_hash TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    id_type TEXT,
    id_number TEXT,
    area_code TEXT,
    site_code TEXT,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX users_identity ON users (id_type, id_number) WHERE role = 'candidate';

  CREATE TABLE candidates (
    user_id INTEGER PRIMARY KEY REFERENCES users (id),
    data TEXT NOT NULL CHECK (json_valid(data)),
    photo_file TEXT,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL CHECK (kind IN ('education', 'training', 'certificate')),
    data TEXT NOT NULL CHECK (json_valid(data)),
    verified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE INDEX records_user ON records (user_id, kind);

  CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    exam_code TEXT NOT NULL,
    state TEXT NOT NULL,
    payment TEXT NOT NULL DEFAULT 'unpaid',
    step INTEGER NOT NULL DEFAULT 2,
    data TEXT NOT NULL CHECK (json_valid(data)),
    record_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(record_ids)),
    snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    abandoned_at TEXT
  );
  CREATE INDEX applications_user ON applications (user_id, state);

  CREATE TABLE files (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    purpose TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER REFERENCES users (id),
    csrf TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );

  CREATE TABLE captchas (
    id TEXT PRIMARY KEY,
    answer TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );

  CREATE TABLE dictionary_requests (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL CHECK (kind IN ('school', 'unit')),
    name TEXT NOT NULL,
    division TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending',
    created_at TEXT NOT NULL
  );
  `,
  // 2: part 2 — materials portal (省网), review, payment.
  `
  CREATE TABLE portal_entries (
    user_id INTEGER PRIMARY KEY REFERENCES users (id),
    activated_at TEXT NOT NULL
  );
  CREATE TABLE portal_sessions (
    session_id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id)
  );

  CREATE TABLE material_images (
    id INTEGER PRIMARY KEY,
    app_id INTEGER NOT NULL REFERENCES applications (id),
    material TEXT NOT NULL,
    file_id TEXT NOT NULL UNIQUE REFERENCES files (id),
    created_at TEXT NOT NULL
  );
  CREATE INDEX material_images_app ON material_images (app_id, material);

  CREATE TABLE reviews (
    app_id INTEGER PRIMARY KEY REFERENCES applications (id),
    reviews_passed INTEGER NOT NULL DEFAULT 0,
    unlocked TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(unlocked)),
    resubmit_due TEXT,
    declared INTEGER NOT NULL DEFAULT 0,
    withdraw_reason TEXT NOT NULL DEFAULT ''
  );

  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    app_id INTEGER NOT NULL REFERENCES applications (id),
    at TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX feedback_app ON feedback (app_id, at);

  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    app_id INTEGER NOT NULL REFERENCES applications (id),
    candidate_id INTEGER NOT NULL REFERENCES users (id),
    detail TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
  );

  CREATE TABLE orders (
    order_id TEXT PRIMARY KEY,
    app_id INTEGER NOT NULL REFERENCES applications (id),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    status TEXT NOT NULL DEFAULT 'created' CHECK (status IN ('created', 'paid', 'cancelled', 'failed')),
    pay_url TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX orders_app ON orders (app_id);

  CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders (order_id),
    app_id INTEGER NOT NULL REFERENCES applications (id),
    amount_fen INTEGER NOT NULL,
    channel TEXT NOT NULL,
    trade_no TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('callback', 'status-query', 'demo')),
    paid_at TEXT NOT NULL
  );

  CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders (order_id),
    app_id INTEGER NOT NULL REFERENCES applications (id),
    refund_id TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    channel TEXT NOT NULL,
    at TEXT NOT NULL
  );

  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 3: Hubei's written-exam fee (综合笔试缴费): which fee an order pays, and the skills-exam results
  // an administrator publishes (no row: not published yet, 'pending').
  `
  ALTER TABLE orders ADD COLUMN fee_kind TEXT NOT NULL DEFAULT 'skills' CHECK (fee_kind IN ('skills', 'written'));

  CREATE TABLE skills_results (
    app_id INTEGER PRIMARY KEY REFERENCES applications (id),
    result TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
    set_by INTEGER NOT NULL REFERENCES users (id),
    set_at TEXT NOT NULL
  );
  `,
  // 4: classroom training (issue 16): a trainee's accounts carry its code; the class, each trainee's
  // new-candidate handout (资料卡), and reviewer exercise sets with their answer keys.
  `
  ALTER TABLE users ADD COLUMN trainee TEXT;

  CREATE TABLE trainees (
    code TEXT PRIMARY KEY,
    password TEXT NOT NULL,
    site_code TEXT NOT NULL,
    handout TEXT NOT NULL CHECK (json_valid(handout)),
    created_at TEXT NOT NULL
  );

  CREATE TABLE exercise_sets (
    id INTEGER PRIMARY KEY,
    seed INTEGER NOT NULL,
    started_at TEXT NOT NULL
  );

  CREATE TABLE exercise_items (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES exercise_sets (id),
    trainee TEXT NOT NULL REFERENCES trainees (code),
    app_id INTEGER NOT NULL REFERENCES applications (id),
    fault TEXT NOT NULL,
    material TEXT NOT NULL,
    expected TEXT NOT NULL
  );
  `,
  // 5: security: a session's absolute start (it ends 12 h after login however busy), failed sign-ins
  // and recovery attempts per account and per client (throttling).
  `
  ALTER TABLE sessions ADD COLUMN created_at TEXT NOT NULL DEFAULT '';

  CREATE TABLE auth_failures (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX auth_failures_key ON auth_failures (key, at);
  `,
  // 6: 找回密码 finds the account by document number alone: an index, so a known number and an unknown one cost the same lookup.
  `
  CREATE INDEX users_id_number ON users (id_number) WHERE role = 'candidate';
  `,
  // 7: the deadlines read applications by state (and payment) on every portal and review page: an index, so a class of hundreds is not scanned.
  `
  CREATE INDEX applications_state ON applications (state, payment);
  `,
]
