import * as migration_20261128_101911_initial from './20261128_101911_initial';
import * as migration_20261129_033852_upload_storage_fields from './20261129_033852_upload_storage_fields';

export const migrations = [
  {
    up: migration_20261128_101911_initial.up,
    down: migration_20261128_101911_initial.down,
    name: '20261128_101911_initial',
  },
  {
    up: migration_20261129_033852_upload_storage_fields.up,
    down: migration_20261129_033852_upload_storage_fields.down,
    name: '20261129_033852_upload_storage_fields'
  },
];
