import * as migration_20261125_055208_initial from './20261125_055208_initial';
import * as migration_20261127_135719_workflow from './20261127_135719_workflow';
import * as migration_20261127_141055_publishing from './20261127_141055_publishing';
import * as migration_20261127_142207_rollups from './20261127_142207_rollups';
import * as migration_20261127_142956_reports from './20261127_142956_reports';
import * as migration_20261127_143426_rollups_by_day from './20261127_143426_rollups_by_day';
import * as migration_20261127_144657_report_draft_key from './20261127_144657_report_draft_key';
import * as migration_20261127_234000_foreign_key_actions from './20261127_234000_foreign_key_actions';
import * as migration_20261127_234449_photo_hash_bands from './20261127_234449_photo_hash_bands';
import * as migration_20261127_235314_mail_outbox from './20261127_235314_mail_outbox';
import * as migration_20261128_004549_sign_in_throttle from './20261128_004549_sign_in_throttle';
import * as migration_20261128_033531_no_activity_locks from './20261128_033531_no_activity_locks';
import * as migration_20261128_061811_returns_reviews_audit from './20261128_061811_returns_reviews_audit';
import * as migration_20261129_033845_upload_storage_fields from './20261129_033845_upload_storage_fields';
import * as migration_20261205_131056_figures_by from './20261205_131056_figures_by';

export const migrations = [
  {
    up: migration_20261125_055208_initial.up,
    down: migration_20261125_055208_initial.down,
    name: '20261125_055208_initial',
  },
  {
    up: migration_20261127_135719_workflow.up,
    down: migration_20261127_135719_workflow.down,
    name: '20261127_135719_workflow',
  },
  {
    up: migration_20261127_141055_publishing.up,
    down: migration_20261127_141055_publishing.down,
    name: '20261127_141055_publishing',
  },
  {
    up: migration_20261127_142207_rollups.up,
    down: migration_20261127_142207_rollups.down,
    name: '20261127_142207_rollups',
  },
  {
    up: migration_20261127_142956_reports.up,
    down: migration_20261127_142956_reports.down,
    name: '20261127_142956_reports',
  },
  {
    up: migration_20261127_143426_rollups_by_day.up,
    down: migration_20261127_143426_rollups_by_day.down,
    name: '20261127_143426_rollups_by_day',
  },
  {
    up: migration_20261127_144657_report_draft_key.up,
    down: migration_20261127_144657_report_draft_key.down,
    name: '20261127_144657_report_draft_key',
  },
  {
    up: migration_20261127_234000_foreign_key_actions.up,
    down: migration_20261127_234000_foreign_key_actions.down,
    name: '20261127_234000_foreign_key_actions',
  },
  {
    up: migration_20261127_234449_photo_hash_bands.up,
    down: migration_20261127_234449_photo_hash_bands.down,
    name: '20261127_234449_photo_hash_bands',
  },
  {
    up: migration_20261127_235314_mail_outbox.up,
    down: migration_20261127_235314_mail_outbox.down,
    name: '20261127_235314_mail_outbox',
  },
  {
    up: migration_20261128_004549_sign_in_throttle.up,
    down: migration_20261128_004549_sign_in_throttle.down,
    name: '20261128_004549_sign_in_throttle',
  },
  {
    up: migration_20261128_033531_no_activity_locks.up,
    down: migration_20261128_033531_no_activity_locks.down,
    name: '20261128_033531_no_activity_locks',
  },
  {
    up: migration_20261128_061811_returns_reviews_audit.up,
    down: migration_20261128_061811_returns_reviews_audit.down,
    name: '20261128_061811_returns_reviews_audit',
  },
  {
    up: migration_20261129_033845_upload_storage_fields.up,
    down: migration_20261129_033845_upload_storage_fields.down,
    name: '20261129_033845_upload_storage_fields',
  },
  {
    up: migration_20261205_131056_figures_by.up,
    down: migration_20261205_131056_figures_by.down,
    name: '20261205_131056_figures_by'
  },
];
