CREATE TABLE "career_links" (
	"from_id" text NOT NULL,
	"to_id" text NOT NULL,
	"kind" text NOT NULL,
	"tier" integer,
	CONSTRAINT "career_links_from_id_to_id_kind_pk" PRIMARY KEY("from_id","to_id","kind")
);
--> statement-breakpoint
CREATE TABLE "careers" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"soc_code" text,
	"soc_match" text,
	"onet_title" text,
	"curated" boolean DEFAULT false NOT NULL,
	"summary" text,
	"sector" text,
	"scale" text,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"settings" text[] DEFAULT '{}'::text[] NOT NULL,
	"client_contact" text,
	"emotional_demand" text,
	"min_education" text,
	"typical_education" text,
	"flexible_study" boolean,
	"license_required" boolean,
	"licenses" text[] DEFAULT '{}'::text[] NOT NULL,
	"exams" text[] DEFAULT '{}'::text[] NOT NULL,
	"qualities" text[] DEFAULT '{}'::text[] NOT NULL,
	"riasec" jsonb,
	"interest_code" text,
	"job_zone" integer,
	"work_values" jsonb,
	"onet_source" text,
	"median_pay" jsonb NOT NULL,
	"growth_pct" jsonb NOT NULL,
	"employment" jsonb NOT NULL,
	"bls_education" text,
	"outlook_period" text,
	"search_text" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(onet_title, '')), 'B') || setweight(to_tsvector('english', coalesce(summary, '') || ' ' || search_text), 'C')) STORED,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"reset_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "career_links" ADD CONSTRAINT "career_links_from_id_careers_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."careers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_links" ADD CONSTRAINT "career_links_to_id_careers_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."careers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "career_links_to_idx" ON "career_links" USING btree ("to_id");--> statement-breakpoint
CREATE INDEX "careers_search_idx" ON "careers" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "careers_soc_idx" ON "careers" USING btree ("soc_code");--> statement-breakpoint
CREATE INDEX "careers_curated_idx" ON "careers" USING btree ("curated");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));