import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/roles'
import { branchLevelOptions } from '../../src/domain/vocabulary'
import { selectField } from '../../src/fields/builders'
import { readBranches } from './access'
import { rebaseChildren } from './hooks/rebaseChildren'
import { refuseDeleteInUse } from './hooks/refuseDeleteInUse'
import { setPathFromParent } from './hooks/setPathFromParent'

export const Branches: CollectionConfig = {
  slug: 'branches',
  // a related branch is named, not walked: its parent is read when the tree is needed
  defaultPopulate: { code: true, level: true, name: true, nameEn: true },
  access: { create: isAdmin, delete: isAdmin, read: readBranches, update: isAdmin },
  admin: {
    defaultColumns: ['name', 'code', 'level', 'parent', 'region', 'active'],
    group: { en: 'Organisation', zh: '机构与人员' },
    listSearchableFields: ['name', 'nameEn', 'code'],
    useAsTitle: 'name',
  },
  defaultSort: 'code',
  fields: [
    { name: 'name', index: true, label: { en: 'Name (Chinese)', zh: '机构名称' }, required: true, type: 'text' },
    { name: 'nameEn', label: { en: 'Name (English)', zh: '英文名称' }, type: 'text' },
    {
      name: 'code',
      admin: { description: { en: 'Unique code used in imports and reports, e.g. GZ-TH-01.', zh: '机构唯一编码，导入和报表中使用，例如 GZ-TH-01。' } },
      index: true,
      label: { en: 'Code', zh: '机构编码' },
      required: true,
      type: 'text',
      unique: true,
    },
    selectField('level', { en: 'Level', zh: '层级' }, branchLevelOptions, { required: true }),
    {
      name: 'parent',
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      index: true,
      label: { en: 'Parent branch', zh: '上级机构' },
      relationTo: 'branches',
      type: 'relationship',
    },
    { name: 'region', label: { en: 'Region', zh: '所属地区' }, type: 'text' },
    { name: 'address', label: { en: 'Address', zh: '地址' }, type: 'text' },
    { name: 'active', defaultValue: true, label: { en: 'Active', zh: '启用' }, type: 'checkbox' },
    {
      name: 'path',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
      defaultValue: '/',
      index: true,
      label: { en: 'Ancestors', zh: '上级路径' },
      type: 'text',
    },
  ],
  hooks: {
    afterChange: [rebaseChildren],
    beforeChange: [setPathFromParent],
    beforeDelete: [refuseDeleteInUse],
  },
  labels: { plural: { en: 'Branches', zh: '机构' }, singular: { en: 'Branch', zh: '机构' } },
}
