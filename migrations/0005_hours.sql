-- Supervised hours log (declared in src/server/db/schema/hours.ts; keep the two in step): the license goal,
-- supervision agreements, entries (with a per-trainee version counter), the append-only audit trail and
-- idempotency keys for entry creation.

CREATE TABLE "hours_goals" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"rule_set_id" text NOT NULL REFERENCES "rule_sets"("id") ON DELETE CASCADE,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "hours_supervisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trainee_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"supervisor_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"invite_email" text NOT NULL,
	"status" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"supervisor_name" text,
	"license_type" text,
	"license_number" text,
	"license_jurisdiction" text,
	"license_expires" date,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hours_supervisions_status_check" CHECK ("status" in ('invited', 'active', 'ended', 'removed', 'declined')),
	CONSTRAINT "hours_supervisions_dates_check" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"),
	CONSTRAINT "hours_supervisions_license_check" CHECK (
		"status" NOT IN ('active', 'ended') OR ("license_type" IS NOT NULL AND "license_number" IS NOT NULL
			AND "license_jurisdiction" IS NOT NULL AND "license_expires" IS NOT NULL AND "supervisor_name" IS NOT NULL)
	)
);
CREATE INDEX "hours_supervisions_trainee_idx" ON "hours_supervisions" USING btree ("trainee_id");
CREATE INDEX "hours_supervisions_supervisor_idx" ON "hours_supervisions" USING btree ("supervisor_id");
CREATE INDEX "hours_supervisions_invite_email_idx" ON "hours_supervisions" USING btree (lower("invite_email"));
-- One open agreement per trainee and supervisor address.
CREATE UNIQUE INDEX "hours_supervisions_open_unique" ON "hours_supervisions" USING btree ("trainee_id", lower("invite_email"))
	WHERE "status" IN ('invited', 'active');

CREATE TABLE "hours_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"entry_date" date NOT NULL,
	"minutes" integer NOT NULL,
	"start_time" text,
	"end_time" text,
	"category" text NOT NULL,
	"site" text NOT NULL,
	"supervision_id" uuid REFERENCES "hours_supervisions"("id") ON DELETE SET NULL,
	"supervisor_name" text,
	"note" text,
	"status" text DEFAULT 'unverified' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_ref" text,
	"import_id" uuid,
	"verified_at" timestamp with time zone,
	"verified_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"verified_by_name" text,
	"return_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hours_entries_minutes_check" CHECK ("minutes" BETWEEN 15 AND 1440 AND "minutes" % 15 = 0),
	CONSTRAINT "hours_entries_category_check" CHECK ("category" in ('direct', 'indirect', 'supervision-individual', 'supervision-group')),
	CONSTRAINT "hours_entries_status_check" CHECK ("status" in ('unverified', 'verified', 'returned')),
	CONSTRAINT "hours_entries_source_check" CHECK ("source" in ('manual', 'import', 'placement')),
	CONSTRAINT "hours_entries_verified_check" CHECK ("status" <> 'verified' OR ("verified_at" IS NOT NULL AND "verified_by_name" IS NOT NULL))
);
CREATE INDEX "hours_entries_user_date_idx" ON "hours_entries" USING btree ("user_id", "entry_date");
CREATE INDEX "hours_entries_supervision_idx" ON "hours_entries" USING btree ("supervision_id", "status", "entry_date");
CREATE INDEX "hours_entries_import_idx" ON "hours_entries" USING btree ("import_id") WHERE "import_id" IS NOT NULL;
CREATE UNIQUE INDEX "hours_entries_source_ref_unique" ON "hours_entries" USING btree ("user_id", "source", "source_ref")
	WHERE "source_ref" IS NOT NULL;

-- A verified entry is locked: what it says (date, hours, category, site, note, supervisor) cannot change, and it
-- cannot be deleted, until its supervisor returns it. The service checks first and says why; this is the backstop
-- for every other path. Clearing the supervisor link (ON DELETE SET NULL) and deleting the trainee's whole
-- account remain possible.
CREATE FUNCTION "hours_entries_keep_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		IF OLD.status = 'verified' AND EXISTS (SELECT 1 FROM users WHERE id = OLD.user_id) THEN
			RAISE EXCEPTION 'hour entry % is verified and locked: it cannot be deleted', OLD.id
				USING ERRCODE = 'integrity_constraint_violation';
		END IF;
		RETURN OLD;
	END IF;
	IF OLD.status = 'verified' AND (
		(NEW.user_id, NEW.entry_date, NEW.minutes, NEW.start_time, NEW.end_time, NEW.category, NEW.site, NEW.note,
			NEW.supervisor_name, NEW.source, NEW.source_ref)
		IS DISTINCT FROM
		(OLD.user_id, OLD.entry_date, OLD.minutes, OLD.start_time, OLD.end_time, OLD.category, OLD.site, OLD.note,
			OLD.supervisor_name, OLD.source, OLD.source_ref)
		OR (NEW.supervision_id IS NOT NULL AND NEW.supervision_id IS DISTINCT FROM OLD.supervision_id)
	) THEN
		RAISE EXCEPTION 'hour entry % is verified and locked: it cannot be changed', OLD.id
			USING ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END;
$$;
CREATE TRIGGER "hours_entries_keep_locked" BEFORE UPDATE OR DELETE ON "hours_entries"
	FOR EACH ROW EXECUTE FUNCTION "hours_entries_keep_locked"();

-- A counter per trainee, raised by every statement that writes their entries (including cascades), so the app can
-- keep a parsed copy of a long log and know with one indexed read whether it is still current.
CREATE TABLE "hours_log_versions" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"version" bigint DEFAULT 1 NOT NULL
);
CREATE FUNCTION "hours_log_bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- Skips users being deleted: their counter row is gone with them.
	INSERT INTO hours_log_versions AS v (user_id, version)
		SELECT DISTINCT c.user_id, 1 FROM changed_entries c WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = c.user_id)
	ON CONFLICT (user_id) DO UPDATE SET version = v.version + 1;
	RETURN NULL;
END;
$$;
CREATE TRIGGER "hours_entries_version_insert" AFTER INSERT ON "hours_entries"
	REFERENCING NEW TABLE AS changed_entries FOR EACH STATEMENT EXECUTE FUNCTION "hours_log_bump_version"();
CREATE TRIGGER "hours_entries_version_update" AFTER UPDATE ON "hours_entries"
	REFERENCING NEW TABLE AS changed_entries FOR EACH STATEMENT EXECUTE FUNCTION "hours_log_bump_version"();
CREATE TRIGGER "hours_entries_version_delete" AFTER DELETE ON "hours_entries"
	REFERENCING OLD TABLE AS changed_entries FOR EACH STATEMENT EXECUTE FUNCTION "hours_log_bump_version"();

-- Every create, edit, verify, return and delete (and the agreement's invite, accept, removal and date changes).
-- No foreign key to entries or actors: the trail outlives a deleted entry and a supervisor's deleted account.
CREATE TABLE "hours_audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"trainee_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"entry_id" uuid,
	"supervision_id" uuid,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hours_audit_events_role_check" CHECK ("actor_role" in ('trainee', 'supervisor')),
	CONSTRAINT "hours_audit_events_action_check" CHECK ("action" in ('create', 'edit', 'verify', 'return', 'delete',
		'invite', 'accept', 'decline', 'remove', 'agreement', 'license'))
);
CREATE INDEX "hours_audit_events_trainee_idx" ON "hours_audit_events" USING btree ("trainee_id", "id");
CREATE INDEX "hours_audit_events_supervision_idx" ON "hours_audit_events" USING btree ("supervision_id", "id");
CREATE INDEX "hours_audit_events_entry_idx" ON "hours_audit_events" USING btree ("entry_id");

-- Append-only: no UPDATE, no DELETE, no TRUNCATE, for any role, route or tool. The one exception is the trainee's
-- own account deletion (ON DELETE CASCADE), when the user row is already gone.
CREATE FUNCTION "hours_audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		IF NOT EXISTS (SELECT 1 FROM users WHERE id = OLD.trainee_id) THEN
			RETURN OLD;
		END IF;
	END IF;
	RAISE EXCEPTION 'the hours audit trail is append-only: % is not allowed', TG_OP
		USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER "hours_audit_events_no_change" BEFORE UPDATE OR DELETE ON "hours_audit_events"
	FOR EACH ROW EXECUTE FUNCTION "hours_audit_events_append_only"();
CREATE TRIGGER "hours_audit_events_no_truncate" BEFORE TRUNCATE ON "hours_audit_events"
	FOR EACH STATEMENT EXECUTE FUNCTION "hours_audit_events_append_only"();

-- A retried POST /api/hours/entries with the same Idempotency-Key returns the entry the first one made.
CREATE TABLE "hours_idempotency_keys" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"entry_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hours_idempotency_keys_pk" PRIMARY KEY ("user_id", "key")
);
