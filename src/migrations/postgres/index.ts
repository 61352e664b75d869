import * as migration_20261128_101911_initial from './20261128_101911_initial';
import * as migration_20261129_033852_upload_storage_fields from './20261129_033852_upload_storage_fields';
import * as migration_20261205_131102_figures_by from './20261205_131102_figures_by';

export const migrations = [
  {
    up: migration_20261128_101911_initial.up,
    down: migration_20261128_101911_initial.down,
    name: '20261128_101911_initial',
  },
  {
    up: migration_20261129_033852_upload_storage_fields.up,
    down: migration_20261129_033852_upload_storage_fields.down,
    name: '20261129_033852_upload_storage_fields',
  },
  {
    up: migration_20261205_131102_figures_by.up,
    down: migration_20261205_131102_figures_by.down,
    name: '20261205_131102_figures_by'
  },
];
