-- Guides (Markdown articles) and the moderated comments under them.

CREATE TABLE "guides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"career_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"author" text NOT NULL,
	"published_on" date NOT NULL,
	"sort_order" integer,
	"status" text NOT NULL,
	"origin" text NOT NULL,
	"source_file" text,
	"content_hash" text,
	"search_text" text DEFAULT '' NOT NULL,
	"approved_comments" integer DEFAULT 0 NOT NULL,
	"approved_threads" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '') || ' ' || search_text), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guides_status_check" CHECK ("status" in ('draft', 'published')),
	CONSTRAINT "guides_origin_check" CHECK ("origin" in ('repository', 'admin'))
);

CREATE TABLE "guide_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"guide_id" uuid NOT NULL,
	"parent_id" uuid,
	"user_id" uuid,
	"author_name" text NOT NULL,
	"author_email" text NOT NULL,
	"author_website" text,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"is_staff" boolean DEFAULT false NOT NULL,
	"notify_on_reply" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"moderated_at" timestamp with time zone,
	"moderated_by" uuid,
	CONSTRAINT "guide_comments_status_check" CHECK ("status" in ('pending', 'approved', 'rejected', 'spam'))
);

CREATE TABLE "comment_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"reply_id" uuid NOT NULL,
	"recipient_email" text NOT NULL,
	"recipient_user_id" uuid,
	"email_delivery" text DEFAULT 'awaiting-smtp' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "comment_notifications_delivery_check" CHECK ("email_delivery" in ('awaiting-smtp', 'sent', 'failed'))
);

ALTER TABLE "guides" ADD CONSTRAINT "guides_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "guides" ADD CONSTRAINT "guides_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "guide_comments" ADD CONSTRAINT "guide_comments_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "guide_comments" ADD CONSTRAINT "guide_comments_parent_id_guide_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guide_comments"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "guide_comments" ADD CONSTRAINT "guide_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "guide_comments" ADD CONSTRAINT "guide_comments_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "comment_notifications" ADD CONSTRAINT "comment_notifications_comment_id_guide_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."guide_comments"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "comment_notifications" ADD CONSTRAINT "comment_notifications_reply_id_guide_comments_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."guide_comments"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "comment_notifications" ADD CONSTRAINT "comment_notifications_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;

CREATE UNIQUE INDEX "guides_slug_unique" ON "guides" USING btree ("slug");
CREATE INDEX "guides_search_idx" ON "guides" USING gin ("search_vector");
CREATE INDEX "guides_tags_idx" ON "guides" USING gin ("tags");
CREATE INDEX "guides_status_order_idx" ON "guides" USING btree ("status","sort_order","published_on");
CREATE INDEX "guide_comments_guide_status_idx" ON "guide_comments" USING btree ("guide_id","status","created_at");
CREATE INDEX "guide_comments_parent_idx" ON "guide_comments" USING btree ("parent_id");
CREATE INDEX "guide_comments_threads_idx" ON "guide_comments" USING btree ("guide_id","created_at","id") WHERE "status" = 'approved' AND "parent_id" IS NULL;
CREATE INDEX "guide_comments_email_status_idx" ON "guide_comments" USING btree ("author_email","status");
CREATE INDEX "guide_comments_status_created_idx" ON "guide_comments" USING btree ("status","created_at");
CREATE UNIQUE INDEX "comment_notifications_reply_comment_unique" ON "comment_notifications" USING btree ("reply_id","comment_id");
CREATE INDEX "comment_notifications_email_idx" ON "comment_notifications" USING btree ("recipient_email");
CREATE INDEX "comment_notifications_user_idx" ON "comment_notifications" USING btree ("recipient_user_id");

-- Published-comment counts kept on the guide by a trigger (deltas, so concurrent writers add up and
-- cascaded deletes are counted too): a guide page reads them instead of counting every visit.
CREATE FUNCTION "guide_comments_count_delta"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'approved' THEN
		UPDATE guides SET
			approved_comments = approved_comments - 1,
			approved_threads = approved_threads - (CASE WHEN OLD.parent_id IS NULL THEN 1 ELSE 0 END)
		WHERE id = OLD.guide_id;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'approved' THEN
		UPDATE guides SET
			approved_comments = approved_comments + 1,
			approved_threads = approved_threads + (CASE WHEN NEW.parent_id IS NULL THEN 1 ELSE 0 END)
		WHERE id = NEW.guide_id;
	END IF;
	RETURN NULL;
END;
$$;

CREATE TRIGGER "guide_comments_count_delta" AFTER INSERT OR DELETE OR UPDATE OF status, parent_id, guide_id
	ON "guide_comments" FOR EACH ROW EXECUTE FUNCTION "guide_comments_count_delta"();
