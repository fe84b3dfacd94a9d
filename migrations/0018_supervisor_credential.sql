-- The state's supervisor credential on a supervisor's licence record (issue 15, ADR 0025): whether they hold the
-- credential a state requires of supervisors (e.g. Texas LPC-S) and from when, so an hour counts under a rule set
-- that requires it only when the credential was held on that hour's date. Both nullable: null = not said.
-- Declared in src/server/db/schema/hours.ts.

ALTER TABLE "hours_supervisions" ADD COLUMN "holds_supervisor_credential" boolean;
ALTER TABLE "hours_supervisions" ADD COLUMN "supervisor_credential_from" date;
ALTER TABLE "hours_supervisions" ADD CONSTRAINT "hours_supervisions_credential_from_check"
	CHECK ("supervisor_credential_from" IS NULL OR "holds_supervisor_credential" IS TRUE);
