import * as migration_20261125_075943_initial from './20261125_075943_initial';

export const migrations = [
  {
    up: migration_20261125_075943_initial.up,
    down: migration_20261125_075943_initial.down,
    name: '20261125_075943_initial'
  },
];
