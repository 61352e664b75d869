import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_activities_reach_audience" AS ENUM('elderly', 'students', 'merchants', 'rural', 'employees', 'public', 'other');
  CREATE TYPE "public"."enum_activities_reach_channel" AS ENUM('offline', 'online');
  CREATE TYPE "public"."enum_activities_fraud_types" AS ENUM('police-impersonation', 'phone-bill', 'shopping-refund', 'order-brushing', 'online-loan', 'prize', 'acquaintance', 'tax-refund', 'qq-friend', 'game-currency', 'health-products', 'investment', 'romance');
  CREATE TYPE "public"."enum_activities_flags" AS ENUM('reach-above-limit', 'leaflets-above-reach', 'losses-without-interception', 'duplicate-photo');
  CREATE TYPE "public"."enum_activities_history_from" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_activities_history_to" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_activities_type" AS ENUM('lobby', 'street', 'community', 'campus', 'hospital', 'enterprise', 'rural', 'lecture', 'online-post', 'short-video', 'sms', 'quiz', 'joint-event', 'interception');
  CREATE TYPE "public"."enum_activities_status" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__activities_v_version_reach_audience" AS ENUM('elderly', 'students', 'merchants', 'rural', 'employees', 'public', 'other');
  CREATE TYPE "public"."enum__activities_v_version_reach_channel" AS ENUM('offline', 'online');
  CREATE TYPE "public"."enum__activities_v_version_fraud_types" AS ENUM('police-impersonation', 'phone-bill', 'shopping-refund', 'order-brushing', 'online-loan', 'prize', 'acquaintance', 'tax-refund', 'qq-friend', 'game-currency', 'health-products', 'investment', 'romance');
  CREATE TYPE "public"."enum__activities_v_version_flags" AS ENUM('reach-above-limit', 'leaflets-above-reach', 'losses-without-interception', 'duplicate-photo');
  CREATE TYPE "public"."enum__activities_v_version_history_from" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__activities_v_version_history_to" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__activities_v_version_type" AS ENUM('lobby', 'street', 'community', 'campus', 'hospital', 'enterprise', 'rural', 'lecture', 'online-post', 'short-video', 'sms', 'quiz', 'joint-event', 'interception');
  CREATE TYPE "public"."enum__activities_v_version_status" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_campaigns_fraud_types" AS ENUM('police-impersonation', 'phone-bill', 'shopping-refund', 'order-brushing', 'online-loan', 'prize', 'acquaintance', 'tax-refund', 'qq-friend', 'game-currency', 'health-products', 'investment', 'romance');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('planned', 'running', 'closed');
  CREATE TYPE "public"."enum_campaigns_review_level" AS ENUM('supervising', 'own', 'head-office');
  CREATE TYPE "public"."enum_branches_level" AS ENUM('head-office', 'branch', 'sub-branch', 'outlet');
  CREATE TYPE "public"."enum_materials_fraud_types" AS ENUM('police-impersonation', 'phone-bill', 'shopping-refund', 'order-brushing', 'online-loan', 'prize', 'acquaintance', 'tax-refund', 'qq-friend', 'game-currency', 'health-products', 'investment', 'romance');
  CREATE TYPE "public"."enum_materials_audiences" AS ENUM('elderly', 'students', 'merchants', 'rural', 'employees', 'public', 'other');
  CREATE TYPE "public"."enum_materials_languages" AS ENUM('zh', 'en', 'ug', 'bo', 'mn');
  CREATE TYPE "public"."enum_materials_kind" AS ENUM('leaflet', 'poster', 'handbook', 'video', 'comic', 'case-study', 'slogan');
  CREATE TYPE "public"."enum_materials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__materials_v_version_fraud_types" AS ENUM('police-impersonation', 'phone-bill', 'shopping-refund', 'order-brushing', 'online-loan', 'prize', 'acquaintance', 'tax-refund', 'qq-friend', 'game-currency', 'health-products', 'investment', 'romance');
  CREATE TYPE "public"."enum__materials_v_version_audiences" AS ENUM('elderly', 'students', 'merchants', 'rural', 'employees', 'public', 'other');
  CREATE TYPE "public"."enum__materials_v_version_languages" AS ENUM('zh', 'en', 'ug', 'bo', 'mn');
  CREATE TYPE "public"."enum__materials_v_version_kind" AS ENUM('leaflet', 'poster', 'handbook', 'video', 'comic', 'case-study', 'slogan');
  CREATE TYPE "public"."enum__materials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__materials_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_month_locks_status" AS ENUM('locked', 'reopened');
  CREATE TYPE "public"."enum__month_locks_v_version_status" AS ENUM('locked', 'reopened');
  CREATE TYPE "public"."enum_monthly_returns_status" AS ENUM('open', 'submitted', 'accepted', 'returned');
  CREATE TYPE "public"."enum_import_batches_status" AS ENUM('checked', 'has-errors', 'queued', 'running', 'committed', 'failed');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('returned', 'reminder', 'flag-digest', 'monthly-report', 'return-returned', 'return-reminder', 'return-escalation');
  CREATE TYPE "public"."enum_notifications_status" AS ENUM('pending', 'sent', 'failed');
  CREATE TYPE "public"."enum_reports_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('draft', 'final');
  CREATE TYPE "public"."enum_report_templates_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'compliance', 'manager', 'staff', 'editor');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('record-status', 'records-reviewed', 'return-submitted', 'return-accepted', 'return-returned', 'return-no-activity', 'month-locked', 'month-reopened', 'report-generated', 'report-downloaded', 'user-changed', 'login', 'login-failed', 'import-committed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importActivities', 'remindBranches', 'flagDigest', 'monthlyReports', 'sendMail', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importActivities', 'remindBranches', 'flagDigest', 'monthlyReports', 'sendMail', 'schedulePublish');
  CREATE TYPE "public"."enum_workflow_settings_reach_limits_type" AS ENUM('lobby', 'street', 'community', 'campus', 'hospital', 'enterprise', 'rural', 'lecture', 'online-post', 'short-video', 'sms', 'quiz', 'joint-event', 'interception');
  CREATE TABLE "activities_leaflets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"material_id" integer NOT NULL,
  	"quantity" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "activities_reach" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"audience" "enum_activities_reach_audience" NOT NULL,
  	"channel" "enum_activities_reach_channel" DEFAULT 'offline' NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "activities_fraud_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_activities_fraud_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "activities_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_activities_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "activities_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_activities_history_from",
  	"to" "enum_activities_history_to" NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"reason" varchar
  );
  
  CREATE TABLE "activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"branch_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"type" "enum_activities_type" NOT NULL,
  	"title" varchar NOT NULL,
  	"location" varchar,
  	"description" jsonb,
  	"interception_transactions_stopped" numeric DEFAULT 0,
  	"interception_losses_avoided" numeric DEFAULT 0,
  	"interception_suspects_caught" numeric DEFAULT 0,
  	"link" varchar,
  	"external_id" varchar,
  	"status" "enum_activities_status" DEFAULT 'draft',
  	"return_reason" varchar,
  	"highlight" boolean DEFAULT false,
  	"flagged_at" timestamp(3) with time zone,
  	"import_key" varchar,
  	"import_batch_id" integer,
  	"import_row" numeric,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_activities_v_version_leaflets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"material_id" integer NOT NULL,
  	"quantity" numeric DEFAULT 0 NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_activities_v_version_reach" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"audience" "enum__activities_v_version_reach_audience" NOT NULL,
  	"channel" "enum__activities_v_version_reach_channel" DEFAULT 'offline' NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_activities_v_version_fraud_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__activities_v_version_fraud_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_activities_v_version_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__activities_v_version_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_activities_v_version_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" "enum__activities_v_version_history_from",
  	"to" "enum__activities_v_version_history_to" NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_activities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_campaign_id" integer NOT NULL,
  	"version_branch_id" integer NOT NULL,
  	"version_date" timestamp(3) with time zone NOT NULL,
  	"version_type" "enum__activities_v_version_type" NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_location" varchar,
  	"version_description" jsonb,
  	"version_interception_transactions_stopped" numeric DEFAULT 0,
  	"version_interception_losses_avoided" numeric DEFAULT 0,
  	"version_interception_suspects_caught" numeric DEFAULT 0,
  	"version_link" varchar,
  	"version_external_id" varchar,
  	"version_status" "enum__activities_v_version_status" DEFAULT 'draft',
  	"version_return_reason" varchar,
  	"version_highlight" boolean DEFAULT false,
  	"version_flagged_at" timestamp(3) with time zone,
  	"version_import_key" varchar,
  	"version_import_batch_id" integer,
  	"version_import_row" numeric,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_activities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "campaigns_targets_others" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"label_en" varchar,
  	"value" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "campaigns_fraud_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_fraud_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"title_en" varchar,
  	"slug" varchar,
  	"theme" jsonb,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_campaigns_status" DEFAULT 'planned' NOT NULL,
  	"targets_leaflets" numeric DEFAULT 0,
  	"targets_people_reached" numeric DEFAULT 0,
  	"targets_events" numeric DEFAULT 0,
  	"review_level" "enum_campaigns_review_level" DEFAULT 'supervising',
  	"deadlines_sub_branch" numeric DEFAULT 5,
  	"deadlines_branch" numeric DEFAULT 8,
  	"deadlines_remind_days_before" numeric DEFAULT 2,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"branches_id" integer
  );
  
  CREATE TABLE "branches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"code" varchar NOT NULL,
  	"level" "enum_branches_level" NOT NULL,
  	"parent_id" integer,
  	"region" varchar,
  	"address" varchar,
  	"active" boolean DEFAULT true,
  	"path" varchar DEFAULT '/',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "materials_fraud_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_materials_fraud_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "materials_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_materials_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "materials_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_materials_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "materials_downloads" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer
  );
  
  CREATE TABLE "materials_downloads_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"kind" "enum_materials_kind",
  	"slug" varchar,
  	"cover_id" integer,
  	"video_url" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_materials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "materials_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_materials_v_version_fraud_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__materials_v_version_fraud_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_materials_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__materials_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_materials_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__materials_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_materials_v_version_downloads" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_materials_v_version_downloads_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_materials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_kind" "enum__materials_v_version_kind",
  	"version_slug" varchar,
  	"version_cover_id" integer,
  	"version_video_url" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__materials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__materials_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_materials_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"branch_id" integer,
  	"public" boolean,
  	"phash" varchar,
  	"phash_band0" varchar,
  	"phash_band1" varchar,
  	"phash_band2" varchar,
  	"phash_band3" varchar,
  	"phash_band4" varchar,
  	"phash_band5" varchar,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "month_locks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"reason" varchar,
  	"status" "enum_month_locks_status" DEFAULT 'locked',
  	"locked_by_id" integer,
  	"locked_at" timestamp(3) with time zone,
  	"reopened_by_id" integer,
  	"reopened_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "month_locks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"branches_id" integer
  );
  
  CREATE TABLE "_month_locks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_campaign_id" integer NOT NULL,
  	"version_month" varchar NOT NULL,
  	"version_reason" varchar,
  	"version_status" "enum__month_locks_v_version_status" DEFAULT 'locked',
  	"version_locked_by_id" integer,
  	"version_locked_at" timestamp(3) with time zone,
  	"version_reopened_by_id" integer,
  	"version_reopened_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_month_locks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"branches_id" integer
  );
  
  CREATE TABLE "monthly_returns_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"action" varchar NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "monthly_returns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"branch_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"status" "enum_monthly_returns_status" DEFAULT 'open' NOT NULL,
  	"no_activity" boolean,
  	"stale" boolean DEFAULT false,
  	"narrative" varchar,
  	"return_reason" varchar,
  	"snapshot" jsonb,
  	"fingerprint" varchar,
  	"first_submitted_at" timestamp(3) with time zone,
  	"submitted_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"status" "enum_import_batches_status" NOT NULL,
  	"uploaded_by_id" integer,
  	"uploader_branch_id" integer,
  	"counts_rows" numeric,
  	"counts_ok" numeric,
  	"counts_present" numeric,
  	"counts_errors" numeric,
  	"counts_created" numeric,
  	"totals" jsonb,
  	"problems" jsonb,
  	"present_rows" jsonb,
  	"error" varchar,
  	"language" varchar DEFAULT 'zh',
  	"committed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"campaign_id" integer,
  	"month" varchar,
  	"branch_id" integer,
  	"status" "enum_notifications_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"error" varchar,
  	"text" varchar,
  	"html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"activities_id" integer,
  	"report_files_id" integer
  );
  
  CREATE TABLE "rollups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"branch_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"records" numeric,
  	"events" numeric,
  	"leaflets" numeric,
  	"people" numeric,
  	"people_offline" numeric,
  	"people_online" numeric,
  	"lectures" numeric,
  	"online_posts" numeric,
  	"short_videos" numeric,
  	"interceptions" numeric,
  	"transactions_stopped" numeric,
  	"losses_avoided" numeric,
  	"suspects_caught" numeric,
  	"leaflets_by_material" jsonb,
  	"people_by_audience" jsonb,
  	"people_by_day" jsonb,
  	"by_type_status" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"campaign_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"scope_id" integer,
  	"template_id" integer,
  	"language" "enum_reports_language",
  	"status" "enum_reports_status" DEFAULT 'draft' NOT NULL,
  	"next_steps" varchar,
  	"stale" boolean DEFAULT false,
  	"generated_at" timestamp(3) with time zone,
  	"generated_by_id" integer,
  	"fingerprint" varchar,
  	"totals" jsonb,
  	"html" varchar,
  	"draft_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"report_files_id" integer
  );
  
  CREATE TABLE "report_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"language" "enum_report_templates_language" DEFAULT 'zh' NOT NULL,
  	"is_default" boolean DEFAULT false,
  	"source" varchar,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" NOT NULL,
  	"branch_id" integer,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"seq" numeric NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"role" varchar,
  	"summary" varchar NOT NULL,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"ip" varchar,
  	"details" jsonb,
  	"prev_hash" varchar NOT NULL,
  	"hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"campaigns_id" integer,
  	"branches_id" integer,
  	"materials_id" integer,
  	"media_id" integer,
  	"month_locks_id" integer,
  	"import_batches_id" integer,
  	"notifications_id" integer,
  	"rollups_id" integer,
  	"reports_id" integer,
  	"report_templates_id" integer,
  	"report_files_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_settings_reach_limits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_workflow_settings_reach_limits_type" NOT NULL,
  	"max_people" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "workflow_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reminder_day" numeric DEFAULT 25 NOT NULL,
  	"leaflets_per_person_max" numeric DEFAULT 3,
  	"flag_losses_without_interception" boolean DEFAULT true,
  	"photo_match_distance" numeric DEFAULT 5 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "activities_leaflets" ADD CONSTRAINT "activities_leaflets_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_leaflets" ADD CONSTRAINT "activities_leaflets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_reach" ADD CONSTRAINT "activities_reach_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_fraud_types" ADD CONSTRAINT "activities_fraud_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_flags" ADD CONSTRAINT "activities_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_history" ADD CONSTRAINT "activities_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_history" ADD CONSTRAINT "activities_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_leaflets" ADD CONSTRAINT "_activities_v_version_leaflets_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v_version_leaflets" ADD CONSTRAINT "_activities_v_version_leaflets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_reach" ADD CONSTRAINT "_activities_v_version_reach_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_fraud_types" ADD CONSTRAINT "_activities_v_version_fraud_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_flags" ADD CONSTRAINT "_activities_v_version_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_history" ADD CONSTRAINT "_activities_v_version_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v_version_history" ADD CONSTRAINT "_activities_v_version_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_parent_id_activities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_branch_id_branches_id_fk" FOREIGN KEY ("version_branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_import_batch_id_import_batches_id_fk" FOREIGN KEY ("version_import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v_rels" ADD CONSTRAINT "_activities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_rels" ADD CONSTRAINT "_activities_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_targets_others" ADD CONSTRAINT "campaigns_targets_others_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_fraud_types" ADD CONSTRAINT "campaigns_fraud_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_branches_fk" FOREIGN KEY ("branches_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "branches" ADD CONSTRAINT "branches_parent_id_branches_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "materials_fraud_types" ADD CONSTRAINT "materials_fraud_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_audiences" ADD CONSTRAINT "materials_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_languages" ADD CONSTRAINT "materials_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_downloads" ADD CONSTRAINT "materials_downloads_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "materials_downloads" ADD CONSTRAINT "materials_downloads_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_downloads_locales" ADD CONSTRAINT "materials_downloads_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."materials_downloads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials" ADD CONSTRAINT "materials_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "materials_locales" ADD CONSTRAINT "materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_fraud_types" ADD CONSTRAINT "_materials_v_version_fraud_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_audiences" ADD CONSTRAINT "_materials_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_languages" ADD CONSTRAINT "_materials_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_downloads" ADD CONSTRAINT "_materials_v_version_downloads_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v_version_downloads" ADD CONSTRAINT "_materials_v_version_downloads_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_downloads_locales" ADD CONSTRAINT "_materials_v_version_downloads_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_materials_v_version_downloads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v" ADD CONSTRAINT "_materials_v_parent_id_materials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v" ADD CONSTRAINT "_materials_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v_locales" ADD CONSTRAINT "_materials_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "month_locks" ADD CONSTRAINT "month_locks_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "month_locks" ADD CONSTRAINT "month_locks_locked_by_id_users_id_fk" FOREIGN KEY ("locked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "month_locks" ADD CONSTRAINT "month_locks_reopened_by_id_users_id_fk" FOREIGN KEY ("reopened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "month_locks_rels" ADD CONSTRAINT "month_locks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."month_locks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "month_locks_rels" ADD CONSTRAINT "month_locks_rels_branches_fk" FOREIGN KEY ("branches_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_month_locks_v" ADD CONSTRAINT "_month_locks_v_parent_id_month_locks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."month_locks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_month_locks_v" ADD CONSTRAINT "_month_locks_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_month_locks_v" ADD CONSTRAINT "_month_locks_v_version_locked_by_id_users_id_fk" FOREIGN KEY ("version_locked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_month_locks_v" ADD CONSTRAINT "_month_locks_v_version_reopened_by_id_users_id_fk" FOREIGN KEY ("version_reopened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_month_locks_v_rels" ADD CONSTRAINT "_month_locks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_month_locks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_month_locks_v_rels" ADD CONSTRAINT "_month_locks_v_rels_branches_fk" FOREIGN KEY ("branches_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monthly_returns_history" ADD CONSTRAINT "monthly_returns_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monthly_returns_history" ADD CONSTRAINT "monthly_returns_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."monthly_returns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monthly_returns" ADD CONSTRAINT "monthly_returns_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monthly_returns" ADD CONSTRAINT "monthly_returns_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monthly_returns" ADD CONSTRAINT "monthly_returns_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monthly_returns" ADD CONSTRAINT "monthly_returns_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_uploader_branch_id_branches_id_fk" FOREIGN KEY ("uploader_branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_report_files_fk" FOREIGN KEY ("report_files_id") REFERENCES "public"."report_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rollups" ADD CONSTRAINT "rollups_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rollups" ADD CONSTRAINT "rollups_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_scope_id_branches_id_fk" FOREIGN KEY ("scope_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_template_id_report_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."report_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_generated_by_id_users_id_fk" FOREIGN KEY ("generated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_report_files_fk" FOREIGN KEY ("report_files_id") REFERENCES "public"."report_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_files" ADD CONSTRAINT "report_files_scope_id_branches_id_fk" FOREIGN KEY ("scope_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_branches_fk" FOREIGN KEY ("branches_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_month_locks_fk" FOREIGN KEY ("month_locks_id") REFERENCES "public"."month_locks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_batches_fk" FOREIGN KEY ("import_batches_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rollups_fk" FOREIGN KEY ("rollups_id") REFERENCES "public"."rollups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_templates_fk" FOREIGN KEY ("report_templates_id") REFERENCES "public"."report_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_files_fk" FOREIGN KEY ("report_files_id") REFERENCES "public"."report_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_settings_reach_limits" ADD CONSTRAINT "workflow_settings_reach_limits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "activities_leaflets_order_idx" ON "activities_leaflets" USING btree ("_order");
  CREATE INDEX "activities_leaflets_parent_id_idx" ON "activities_leaflets" USING btree ("_parent_id");
  CREATE INDEX "activities_leaflets_material_idx" ON "activities_leaflets" USING btree ("material_id");
  CREATE INDEX "activities_reach_order_idx" ON "activities_reach" USING btree ("_order");
  CREATE INDEX "activities_reach_parent_id_idx" ON "activities_reach" USING btree ("_parent_id");
  CREATE INDEX "activities_fraud_types_order_idx" ON "activities_fraud_types" USING btree ("order");
  CREATE INDEX "activities_fraud_types_parent_idx" ON "activities_fraud_types" USING btree ("parent_id");
  CREATE INDEX "activities_flags_order_idx" ON "activities_flags" USING btree ("order");
  CREATE INDEX "activities_flags_parent_idx" ON "activities_flags" USING btree ("parent_id");
  CREATE INDEX "activities_flags_value_idx" ON "activities_flags" USING btree ("value");
  CREATE INDEX "activities_history_order_idx" ON "activities_history" USING btree ("_order");
  CREATE INDEX "activities_history_parent_id_idx" ON "activities_history" USING btree ("_parent_id");
  CREATE INDEX "activities_history_by_idx" ON "activities_history" USING btree ("by_id");
  CREATE INDEX "activities_campaign_idx" ON "activities" USING btree ("campaign_id");
  CREATE INDEX "activities_branch_idx" ON "activities" USING btree ("branch_id");
  CREATE INDEX "activities_date_idx" ON "activities" USING btree ("date");
  CREATE INDEX "activities_type_idx" ON "activities" USING btree ("type");
  CREATE INDEX "activities_external_id_idx" ON "activities" USING btree ("external_id");
  CREATE INDEX "activities_status_idx" ON "activities" USING btree ("status");
  CREATE INDEX "activities_flagged_at_idx" ON "activities" USING btree ("flagged_at");
  CREATE INDEX "activities_import_key_idx" ON "activities" USING btree ("import_key");
  CREATE INDEX "activities_import_batch_idx" ON "activities" USING btree ("import_batch_id");
  CREATE INDEX "activities_created_by_idx" ON "activities" USING btree ("created_by_id");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE INDEX "activities_rels_order_idx" ON "activities_rels" USING btree ("order");
  CREATE INDEX "activities_rels_parent_idx" ON "activities_rels" USING btree ("parent_id");
  CREATE INDEX "activities_rels_path_idx" ON "activities_rels" USING btree ("path");
  CREATE INDEX "activities_rels_media_id_idx" ON "activities_rels" USING btree ("media_id");
  CREATE INDEX "_activities_v_version_leaflets_order_idx" ON "_activities_v_version_leaflets" USING btree ("_order");
  CREATE INDEX "_activities_v_version_leaflets_parent_id_idx" ON "_activities_v_version_leaflets" USING btree ("_parent_id");
  CREATE INDEX "_activities_v_version_leaflets_material_idx" ON "_activities_v_version_leaflets" USING btree ("material_id");
  CREATE INDEX "_activities_v_version_reach_order_idx" ON "_activities_v_version_reach" USING btree ("_order");
  CREATE INDEX "_activities_v_version_reach_parent_id_idx" ON "_activities_v_version_reach" USING btree ("_parent_id");
  CREATE INDEX "_activities_v_version_fraud_types_order_idx" ON "_activities_v_version_fraud_types" USING btree ("order");
  CREATE INDEX "_activities_v_version_fraud_types_parent_idx" ON "_activities_v_version_fraud_types" USING btree ("parent_id");
  CREATE INDEX "_activities_v_version_flags_order_idx" ON "_activities_v_version_flags" USING btree ("order");
  CREATE INDEX "_activities_v_version_flags_parent_idx" ON "_activities_v_version_flags" USING btree ("parent_id");
  CREATE INDEX "_activities_v_version_flags_value_idx" ON "_activities_v_version_flags" USING btree ("value");
  CREATE INDEX "_activities_v_version_history_order_idx" ON "_activities_v_version_history" USING btree ("_order");
  CREATE INDEX "_activities_v_version_history_parent_id_idx" ON "_activities_v_version_history" USING btree ("_parent_id");
  CREATE INDEX "_activities_v_version_history_by_idx" ON "_activities_v_version_history" USING btree ("by_id");
  CREATE INDEX "_activities_v_parent_idx" ON "_activities_v" USING btree ("parent_id");
  CREATE INDEX "_activities_v_version_version_campaign_idx" ON "_activities_v" USING btree ("version_campaign_id");
  CREATE INDEX "_activities_v_version_version_branch_idx" ON "_activities_v" USING btree ("version_branch_id");
  CREATE INDEX "_activities_v_version_version_date_idx" ON "_activities_v" USING btree ("version_date");
  CREATE INDEX "_activities_v_version_version_type_idx" ON "_activities_v" USING btree ("version_type");
  CREATE INDEX "_activities_v_version_version_external_id_idx" ON "_activities_v" USING btree ("version_external_id");
  CREATE INDEX "_activities_v_version_version_status_idx" ON "_activities_v" USING btree ("version_status");
  CREATE INDEX "_activities_v_version_version_flagged_at_idx" ON "_activities_v" USING btree ("version_flagged_at");
  CREATE INDEX "_activities_v_version_version_import_key_idx" ON "_activities_v" USING btree ("version_import_key");
  CREATE INDEX "_activities_v_version_version_import_batch_idx" ON "_activities_v" USING btree ("version_import_batch_id");
  CREATE INDEX "_activities_v_version_version_created_by_idx" ON "_activities_v" USING btree ("version_created_by_id");
  CREATE INDEX "_activities_v_version_version_updated_at_idx" ON "_activities_v" USING btree ("version_updated_at");
  CREATE INDEX "_activities_v_version_version_created_at_idx" ON "_activities_v" USING btree ("version_created_at");
  CREATE INDEX "_activities_v_created_at_idx" ON "_activities_v" USING btree ("created_at");
  CREATE INDEX "_activities_v_updated_at_idx" ON "_activities_v" USING btree ("updated_at");
  CREATE INDEX "_activities_v_rels_order_idx" ON "_activities_v_rels" USING btree ("order");
  CREATE INDEX "_activities_v_rels_parent_idx" ON "_activities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_activities_v_rels_path_idx" ON "_activities_v_rels" USING btree ("path");
  CREATE INDEX "_activities_v_rels_media_id_idx" ON "_activities_v_rels" USING btree ("media_id");
  CREATE INDEX "campaigns_targets_others_order_idx" ON "campaigns_targets_others" USING btree ("_order");
  CREATE INDEX "campaigns_targets_others_parent_id_idx" ON "campaigns_targets_others" USING btree ("_parent_id");
  CREATE INDEX "campaigns_fraud_types_order_idx" ON "campaigns_fraud_types" USING btree ("order");
  CREATE INDEX "campaigns_fraud_types_parent_idx" ON "campaigns_fraud_types" USING btree ("parent_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_branches_id_idx" ON "campaigns_rels" USING btree ("branches_id");
  CREATE INDEX "branches_name_idx" ON "branches" USING btree ("name");
  CREATE UNIQUE INDEX "branches_code_idx" ON "branches" USING btree ("code");
  CREATE INDEX "branches_parent_idx" ON "branches" USING btree ("parent_id");
  CREATE INDEX "branches_path_idx" ON "branches" USING btree ("path");
  CREATE INDEX "branches_updated_at_idx" ON "branches" USING btree ("updated_at");
  CREATE INDEX "branches_created_at_idx" ON "branches" USING btree ("created_at");
  CREATE INDEX "materials_fraud_types_order_idx" ON "materials_fraud_types" USING btree ("order");
  CREATE INDEX "materials_fraud_types_parent_idx" ON "materials_fraud_types" USING btree ("parent_id");
  CREATE INDEX "materials_fraud_types_value_idx" ON "materials_fraud_types" USING btree ("value");
  CREATE INDEX "materials_audiences_order_idx" ON "materials_audiences" USING btree ("order");
  CREATE INDEX "materials_audiences_parent_idx" ON "materials_audiences" USING btree ("parent_id");
  CREATE INDEX "materials_audiences_value_idx" ON "materials_audiences" USING btree ("value");
  CREATE INDEX "materials_languages_order_idx" ON "materials_languages" USING btree ("order");
  CREATE INDEX "materials_languages_parent_idx" ON "materials_languages" USING btree ("parent_id");
  CREATE INDEX "materials_downloads_order_idx" ON "materials_downloads" USING btree ("_order");
  CREATE INDEX "materials_downloads_parent_id_idx" ON "materials_downloads" USING btree ("_parent_id");
  CREATE INDEX "materials_downloads_file_idx" ON "materials_downloads" USING btree ("file_id");
  CREATE UNIQUE INDEX "materials_downloads_locales_locale_parent_id_unique" ON "materials_downloads_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "materials_code_idx" ON "materials" USING btree ("code");
  CREATE INDEX "materials_kind_idx" ON "materials" USING btree ("kind");
  CREATE UNIQUE INDEX "materials_slug_idx" ON "materials" USING btree ("slug");
  CREATE INDEX "materials_cover_idx" ON "materials" USING btree ("cover_id");
  CREATE INDEX "materials_published_at_idx" ON "materials" USING btree ("published_at");
  CREATE INDEX "materials_updated_at_idx" ON "materials" USING btree ("updated_at");
  CREATE INDEX "materials_created_at_idx" ON "materials" USING btree ("created_at");
  CREATE INDEX "materials__status_idx" ON "materials" USING btree ("_status");
  CREATE UNIQUE INDEX "materials_locales_locale_parent_id_unique" ON "materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_materials_v_version_fraud_types_order_idx" ON "_materials_v_version_fraud_types" USING btree ("order");
  CREATE INDEX "_materials_v_version_fraud_types_parent_idx" ON "_materials_v_version_fraud_types" USING btree ("parent_id");
  CREATE INDEX "_materials_v_version_fraud_types_value_idx" ON "_materials_v_version_fraud_types" USING btree ("value");
  CREATE INDEX "_materials_v_version_audiences_order_idx" ON "_materials_v_version_audiences" USING btree ("order");
  CREATE INDEX "_materials_v_version_audiences_parent_idx" ON "_materials_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_materials_v_version_audiences_value_idx" ON "_materials_v_version_audiences" USING btree ("value");
  CREATE INDEX "_materials_v_version_languages_order_idx" ON "_materials_v_version_languages" USING btree ("order");
  CREATE INDEX "_materials_v_version_languages_parent_idx" ON "_materials_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_materials_v_version_downloads_order_idx" ON "_materials_v_version_downloads" USING btree ("_order");
  CREATE INDEX "_materials_v_version_downloads_parent_id_idx" ON "_materials_v_version_downloads" USING btree ("_parent_id");
  CREATE INDEX "_materials_v_version_downloads_file_idx" ON "_materials_v_version_downloads" USING btree ("file_id");
  CREATE UNIQUE INDEX "_materials_v_version_downloads_locales_locale_parent_id_uniq" ON "_materials_v_version_downloads_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_materials_v_parent_idx" ON "_materials_v" USING btree ("parent_id");
  CREATE INDEX "_materials_v_version_version_code_idx" ON "_materials_v" USING btree ("version_code");
  CREATE INDEX "_materials_v_version_version_kind_idx" ON "_materials_v" USING btree ("version_kind");
  CREATE INDEX "_materials_v_version_version_slug_idx" ON "_materials_v" USING btree ("version_slug");
  CREATE INDEX "_materials_v_version_version_cover_idx" ON "_materials_v" USING btree ("version_cover_id");
  CREATE INDEX "_materials_v_version_version_published_at_idx" ON "_materials_v" USING btree ("version_published_at");
  CREATE INDEX "_materials_v_version_version_updated_at_idx" ON "_materials_v" USING btree ("version_updated_at");
  CREATE INDEX "_materials_v_version_version_created_at_idx" ON "_materials_v" USING btree ("version_created_at");
  CREATE INDEX "_materials_v_version_version__status_idx" ON "_materials_v" USING btree ("version__status");
  CREATE INDEX "_materials_v_created_at_idx" ON "_materials_v" USING btree ("created_at");
  CREATE INDEX "_materials_v_updated_at_idx" ON "_materials_v" USING btree ("updated_at");
  CREATE INDEX "_materials_v_snapshot_idx" ON "_materials_v" USING btree ("snapshot");
  CREATE INDEX "_materials_v_published_locale_idx" ON "_materials_v" USING btree ("published_locale");
  CREATE INDEX "_materials_v_latest_idx" ON "_materials_v" USING btree ("latest");
  CREATE INDEX "_materials_v_autosave_idx" ON "_materials_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_materials_v_locales_locale_parent_id_unique" ON "_materials_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_branch_idx" ON "media" USING btree ("branch_id");
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  CREATE INDEX "media_phash_idx" ON "media" USING btree ("phash");
  CREATE INDEX "media_phash_band0_idx" ON "media" USING btree ("phash_band0");
  CREATE INDEX "media_phash_band1_idx" ON "media" USING btree ("phash_band1");
  CREATE INDEX "media_phash_band2_idx" ON "media" USING btree ("phash_band2");
  CREATE INDEX "media_phash_band3_idx" ON "media" USING btree ("phash_band3");
  CREATE INDEX "media_phash_band4_idx" ON "media" USING btree ("phash_band4");
  CREATE INDEX "media_phash_band5_idx" ON "media" USING btree ("phash_band5");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "month_locks_campaign_idx" ON "month_locks" USING btree ("campaign_id");
  CREATE INDEX "month_locks_month_idx" ON "month_locks" USING btree ("month");
  CREATE INDEX "month_locks_status_idx" ON "month_locks" USING btree ("status");
  CREATE INDEX "month_locks_locked_by_idx" ON "month_locks" USING btree ("locked_by_id");
  CREATE INDEX "month_locks_locked_at_idx" ON "month_locks" USING btree ("locked_at");
  CREATE INDEX "month_locks_reopened_by_idx" ON "month_locks" USING btree ("reopened_by_id");
  CREATE INDEX "month_locks_updated_at_idx" ON "month_locks" USING btree ("updated_at");
  CREATE INDEX "month_locks_created_at_idx" ON "month_locks" USING btree ("created_at");
  CREATE INDEX "month_locks_rels_order_idx" ON "month_locks_rels" USING btree ("order");
  CREATE INDEX "month_locks_rels_parent_idx" ON "month_locks_rels" USING btree ("parent_id");
  CREATE INDEX "month_locks_rels_path_idx" ON "month_locks_rels" USING btree ("path");
  CREATE INDEX "month_locks_rels_branches_id_idx" ON "month_locks_rels" USING btree ("branches_id");
  CREATE INDEX "_month_locks_v_parent_idx" ON "_month_locks_v" USING btree ("parent_id");
  CREATE INDEX "_month_locks_v_version_version_campaign_idx" ON "_month_locks_v" USING btree ("version_campaign_id");
  CREATE INDEX "_month_locks_v_version_version_month_idx" ON "_month_locks_v" USING btree ("version_month");
  CREATE INDEX "_month_locks_v_version_version_status_idx" ON "_month_locks_v" USING btree ("version_status");
  CREATE INDEX "_month_locks_v_version_version_locked_by_idx" ON "_month_locks_v" USING btree ("version_locked_by_id");
  CREATE INDEX "_month_locks_v_version_version_locked_at_idx" ON "_month_locks_v" USING btree ("version_locked_at");
  CREATE INDEX "_month_locks_v_version_version_reopened_by_idx" ON "_month_locks_v" USING btree ("version_reopened_by_id");
  CREATE INDEX "_month_locks_v_version_version_updated_at_idx" ON "_month_locks_v" USING btree ("version_updated_at");
  CREATE INDEX "_month_locks_v_version_version_created_at_idx" ON "_month_locks_v" USING btree ("version_created_at");
  CREATE INDEX "_month_locks_v_created_at_idx" ON "_month_locks_v" USING btree ("created_at");
  CREATE INDEX "_month_locks_v_updated_at_idx" ON "_month_locks_v" USING btree ("updated_at");
  CREATE INDEX "_month_locks_v_rels_order_idx" ON "_month_locks_v_rels" USING btree ("order");
  CREATE INDEX "_month_locks_v_rels_parent_idx" ON "_month_locks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_month_locks_v_rels_path_idx" ON "_month_locks_v_rels" USING btree ("path");
  CREATE INDEX "_month_locks_v_rels_branches_id_idx" ON "_month_locks_v_rels" USING btree ("branches_id");
  CREATE INDEX "monthly_returns_history_order_idx" ON "monthly_returns_history" USING btree ("_order");
  CREATE INDEX "monthly_returns_history_parent_id_idx" ON "monthly_returns_history" USING btree ("_parent_id");
  CREATE INDEX "monthly_returns_history_by_idx" ON "monthly_returns_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "monthly_returns_key_idx" ON "monthly_returns" USING btree ("key");
  CREATE INDEX "monthly_returns_campaign_idx" ON "monthly_returns" USING btree ("campaign_id");
  CREATE INDEX "monthly_returns_branch_idx" ON "monthly_returns" USING btree ("branch_id");
  CREATE INDEX "monthly_returns_month_idx" ON "monthly_returns" USING btree ("month");
  CREATE INDEX "monthly_returns_status_idx" ON "monthly_returns" USING btree ("status");
  CREATE INDEX "monthly_returns_stale_idx" ON "monthly_returns" USING btree ("stale");
  CREATE INDEX "monthly_returns_submitted_at_idx" ON "monthly_returns" USING btree ("submitted_at");
  CREATE INDEX "monthly_returns_submitted_by_idx" ON "monthly_returns" USING btree ("submitted_by_id");
  CREATE INDEX "monthly_returns_decided_by_idx" ON "monthly_returns" USING btree ("decided_by_id");
  CREATE INDEX "monthly_returns_updated_at_idx" ON "monthly_returns" USING btree ("updated_at");
  CREATE INDEX "monthly_returns_created_at_idx" ON "monthly_returns" USING btree ("created_at");
  CREATE INDEX "import_batches_campaign_idx" ON "import_batches" USING btree ("campaign_id");
  CREATE INDEX "import_batches_status_idx" ON "import_batches" USING btree ("status");
  CREATE INDEX "import_batches_uploaded_by_idx" ON "import_batches" USING btree ("uploaded_by_id");
  CREATE INDEX "import_batches_uploader_branch_idx" ON "import_batches" USING btree ("uploader_branch_id");
  CREATE INDEX "import_batches_updated_at_idx" ON "import_batches" USING btree ("updated_at");
  CREATE INDEX "import_batches_created_at_idx" ON "import_batches" USING btree ("created_at");
  CREATE UNIQUE INDEX "import_batches_filename_idx" ON "import_batches" USING btree ("filename");
  CREATE INDEX "notifications_kind_idx" ON "notifications" USING btree ("kind");
  CREATE INDEX "notifications_campaign_idx" ON "notifications" USING btree ("campaign_id");
  CREATE INDEX "notifications_month_idx" ON "notifications" USING btree ("month");
  CREATE INDEX "notifications_branch_idx" ON "notifications" USING btree ("branch_id");
  CREATE INDEX "notifications_status_idx" ON "notifications" USING btree ("status");
  CREATE INDEX "notifications_sent_at_idx" ON "notifications" USING btree ("sent_at");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "notifications_rels_order_idx" ON "notifications_rels" USING btree ("order");
  CREATE INDEX "notifications_rels_parent_idx" ON "notifications_rels" USING btree ("parent_id");
  CREATE INDEX "notifications_rels_path_idx" ON "notifications_rels" USING btree ("path");
  CREATE INDEX "notifications_rels_activities_id_idx" ON "notifications_rels" USING btree ("activities_id");
  CREATE INDEX "notifications_rels_report_files_id_idx" ON "notifications_rels" USING btree ("report_files_id");
  CREATE UNIQUE INDEX "rollups_key_idx" ON "rollups" USING btree ("key");
  CREATE INDEX "rollups_campaign_idx" ON "rollups" USING btree ("campaign_id");
  CREATE INDEX "rollups_branch_idx" ON "rollups" USING btree ("branch_id");
  CREATE INDEX "rollups_month_idx" ON "rollups" USING btree ("month");
  CREATE INDEX "rollups_updated_at_idx" ON "rollups" USING btree ("updated_at");
  CREATE INDEX "rollups_created_at_idx" ON "rollups" USING btree ("created_at");
  CREATE INDEX "reports_campaign_idx" ON "reports" USING btree ("campaign_id");
  CREATE INDEX "reports_month_idx" ON "reports" USING btree ("month");
  CREATE INDEX "reports_scope_idx" ON "reports" USING btree ("scope_id");
  CREATE INDEX "reports_template_idx" ON "reports" USING btree ("template_id");
  CREATE INDEX "reports_status_idx" ON "reports" USING btree ("status");
  CREATE INDEX "reports_stale_idx" ON "reports" USING btree ("stale");
  CREATE INDEX "reports_generated_at_idx" ON "reports" USING btree ("generated_at");
  CREATE INDEX "reports_generated_by_idx" ON "reports" USING btree ("generated_by_id");
  CREATE UNIQUE INDEX "reports_draft_key_idx" ON "reports" USING btree ("draft_key");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_report_files_id_idx" ON "reports_rels" USING btree ("report_files_id");
  CREATE INDEX "report_templates_updated_at_idx" ON "report_templates" USING btree ("updated_at");
  CREATE INDEX "report_templates_created_at_idx" ON "report_templates" USING btree ("created_at");
  CREATE INDEX "report_files_scope_idx" ON "report_files" USING btree ("scope_id");
  CREATE INDEX "report_files_updated_at_idx" ON "report_files" USING btree ("updated_at");
  CREATE INDEX "report_files_created_at_idx" ON "report_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "report_files_filename_idx" ON "report_files" USING btree ("filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_branch_idx" ON "users" USING btree ("branch_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "audit_log_seq_idx" ON "audit_log" USING btree ("seq");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_target_id_idx" ON "audit_log" USING btree ("target_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_branches_id_idx" ON "payload_locked_documents_rels" USING btree ("branches_id");
  CREATE INDEX "payload_locked_documents_rels_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("materials_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_month_locks_id_idx" ON "payload_locked_documents_rels" USING btree ("month_locks_id");
  CREATE INDEX "payload_locked_documents_rels_import_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("import_batches_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_rollups_id_idx" ON "payload_locked_documents_rels" USING btree ("rollups_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_report_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("report_templates_id");
  CREATE INDEX "payload_locked_documents_rels_report_files_id_idx" ON "payload_locked_documents_rels" USING btree ("report_files_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "workflow_settings_reach_limits_order_idx" ON "workflow_settings_reach_limits" USING btree ("_order");
  CREATE INDEX "workflow_settings_reach_limits_parent_id_idx" ON "workflow_settings_reach_limits" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "activities_leaflets" CASCADE;
  DROP TABLE "activities_reach" CASCADE;
  DROP TABLE "activities_fraud_types" CASCADE;
  DROP TABLE "activities_flags" CASCADE;
  DROP TABLE "activities_history" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_rels" CASCADE;
  DROP TABLE "_activities_v_version_leaflets" CASCADE;
  DROP TABLE "_activities_v_version_reach" CASCADE;
  DROP TABLE "_activities_v_version_fraud_types" CASCADE;
  DROP TABLE "_activities_v_version_flags" CASCADE;
  DROP TABLE "_activities_v_version_history" CASCADE;
  DROP TABLE "_activities_v" CASCADE;
  DROP TABLE "_activities_v_rels" CASCADE;
  DROP TABLE "campaigns_targets_others" CASCADE;
  DROP TABLE "campaigns_fraud_types" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "branches" CASCADE;
  DROP TABLE "materials_fraud_types" CASCADE;
  DROP TABLE "materials_audiences" CASCADE;
  DROP TABLE "materials_languages" CASCADE;
  DROP TABLE "materials_downloads" CASCADE;
  DROP TABLE "materials_downloads_locales" CASCADE;
  DROP TABLE "materials" CASCADE;
  DROP TABLE "materials_locales" CASCADE;
  DROP TABLE "_materials_v_version_fraud_types" CASCADE;
  DROP TABLE "_materials_v_version_audiences" CASCADE;
  DROP TABLE "_materials_v_version_languages" CASCADE;
  DROP TABLE "_materials_v_version_downloads" CASCADE;
  DROP TABLE "_materials_v_version_downloads_locales" CASCADE;
  DROP TABLE "_materials_v" CASCADE;
  DROP TABLE "_materials_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "month_locks" CASCADE;
  DROP TABLE "month_locks_rels" CASCADE;
  DROP TABLE "_month_locks_v" CASCADE;
  DROP TABLE "_month_locks_v_rels" CASCADE;
  DROP TABLE "monthly_returns_history" CASCADE;
  DROP TABLE "monthly_returns" CASCADE;
  DROP TABLE "import_batches" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "notifications_rels" CASCADE;
  DROP TABLE "rollups" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "report_templates" CASCADE;
  DROP TABLE "report_files" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "workflow_settings_reach_limits" CASCADE;
  DROP TABLE "workflow_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_activities_reach_audience";
  DROP TYPE "public"."enum_activities_reach_channel";
  DROP TYPE "public"."enum_activities_fraud_types";
  DROP TYPE "public"."enum_activities_flags";
  DROP TYPE "public"."enum_activities_history_from";
  DROP TYPE "public"."enum_activities_history_to";
  DROP TYPE "public"."enum_activities_type";
  DROP TYPE "public"."enum_activities_status";
  DROP TYPE "public"."enum__activities_v_version_reach_audience";
  DROP TYPE "public"."enum__activities_v_version_reach_channel";
  DROP TYPE "public"."enum__activities_v_version_fraud_types";
  DROP TYPE "public"."enum__activities_v_version_flags";
  DROP TYPE "public"."enum__activities_v_version_history_from";
  DROP TYPE "public"."enum__activities_v_version_history_to";
  DROP TYPE "public"."enum__activities_v_version_type";
  DROP TYPE "public"."enum__activities_v_version_status";
  DROP TYPE "public"."enum_campaigns_fraud_types";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum_campaigns_review_level";
  DROP TYPE "public"."enum_branches_level";
  DROP TYPE "public"."enum_materials_fraud_types";
  DROP TYPE "public"."enum_materials_audiences";
  DROP TYPE "public"."enum_materials_languages";
  DROP TYPE "public"."enum_materials_kind";
  DROP TYPE "public"."enum_materials_status";
  DROP TYPE "public"."enum__materials_v_version_fraud_types";
  DROP TYPE "public"."enum__materials_v_version_audiences";
  DROP TYPE "public"."enum__materials_v_version_languages";
  DROP TYPE "public"."enum__materials_v_version_kind";
  DROP TYPE "public"."enum__materials_v_version_status";
  DROP TYPE "public"."enum__materials_v_published_locale";
  DROP TYPE "public"."enum_month_locks_status";
  DROP TYPE "public"."enum__month_locks_v_version_status";
  DROP TYPE "public"."enum_monthly_returns_status";
  DROP TYPE "public"."enum_import_batches_status";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notifications_status";
  DROP TYPE "public"."enum_reports_language";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum_report_templates_language";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_workflow_settings_reach_limits_type";`)
}
