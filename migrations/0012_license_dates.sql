-- Licensure per date (issue 15, ADR 0025): the date a supervisor's license became valid, so an hour counts only
-- between that date and the expiry date; and the trainee's degree date on the hours goal, so pre-degree hours
-- count only up to the rule set's pre-degree limit. Both nullable: unknown stays empty. Declared in
-- src/server/db/schema/hours.ts.

ALTER TABLE "hours_supervisions" ADD COLUMN "license_valid_from" date;
ALTER TABLE "hours_supervisions" ADD CONSTRAINT "hours_supervisions_license_dates_check"
	CHECK ("license_valid_from" IS NULL OR "license_expires" IS NULL OR "license_valid_from" <= "license_expires");
ALTER TABLE "hours_goals" ADD COLUMN "degree_date" date;
