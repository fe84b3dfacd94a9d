-- Rule-set versions in force by date (issue 15, ADR 0025): the hours goal may name the date whose rules apply
-- (e.g. the day the trainee's post-degree supervised experience began, where the board lets earlier residents
-- finish under the rule then in force). Null: today's rules. Declared in src/server/db/schema/hours.ts.

ALTER TABLE "hours_goals" ADD COLUMN "rules_date" date;
