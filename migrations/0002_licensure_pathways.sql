-- Licensure rules (versioned) and pathway plans (declared in src/server/db/schema/licensure.ts and pathways.ts).
CREATE TABLE "rule_sets" (
	"id" text PRIMARY KEY NOT NULL,
	"jurisdiction" text NOT NULL,
	"license" text NOT NULL,
	"current_version" integer NOT NULL,
	"shipped_hash" text,
	"pending_shipped" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX "rule_sets_jurisdiction_idx" ON "rule_sets" USING btree ("jurisdiction");

CREATE TABLE "rule_set_versions" (
	"rule_set_id" text NOT NULL REFERENCES "rule_sets"("id") ON DELETE cascade,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_set_versions_rule_set_id_version_pk" PRIMARY KEY("rule_set_id","version"),
	CONSTRAINT "rule_set_versions_origin_check" CHECK ("origin" in ('shipped', 'admin')),
	CONSTRAINT "rule_set_versions_version_check" CHECK ("version" >= 1)
);

CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"title" text NOT NULL,
	"career_id" text NOT NULL,
	"rule_set_id" text,
	"rule_set_version" integer,
	"stage" text NOT NULL,
	"start_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_rule_set_version_fk" FOREIGN KEY ("rule_set_id","rule_set_version")
		REFERENCES "rule_set_versions"("rule_set_id","version")
);
CREATE INDEX "plans_user_idx" ON "plans" USING btree ("user_id", "created_at");

CREATE TABLE "plan_step_states" (
	"plan_id" uuid NOT NULL REFERENCES "plans"("id") ON DELETE cascade,
	"step_id" text NOT NULL,
	"done_at" timestamp with time zone,
	"target_date" date,
	CONSTRAINT "plan_step_states_plan_id_step_id_pk" PRIMARY KEY("plan_id","step_id")
);

CREATE TABLE "plan_own_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL REFERENCES "plans"("id") ON DELETE cascade,
	"stage_id" text NOT NULL,
	"text" text NOT NULL,
	"done_at" timestamp with time zone,
	"target_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX "plan_own_steps_plan_idx" ON "plan_own_steps" USING btree ("plan_id", "created_at");

CREATE TABLE "plan_stage_targets" (
	"plan_id" uuid NOT NULL REFERENCES "plans"("id") ON DELETE cascade,
	"stage_id" text NOT NULL,
	"target_date" date NOT NULL,
	CONSTRAINT "plan_stage_targets_plan_id_stage_id_pk" PRIMARY KEY("plan_id","stage_id")
);
