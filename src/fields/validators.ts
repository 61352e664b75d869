import type { NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { hasAtMostTwoDecimals } from '../domain/money'
import { t } from '../i18n/messages'

const missing = (value: unknown): boolean => value === null || value === undefined

/** Counts (leaflets, people, transactions): whole numbers ≥ 0. */
export const nonNegativeInteger: NumberFieldSingleValidation = (value, { req, required }) => {
  if (missing(value)) return required ? req.t('validation:required') : true
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? true : t(req, 'nonNegativeInteger')
}

/** CNY in yuan: ≥ 0 with at most two decimals. */
export const moneyYuan: NumberFieldSingleValidation = (value, { req, required }) => {
  if (missing(value)) return required ? req.t('validation:required') : true
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && hasAtMostTwoDecimals(value)
    ? true
    : t(req, 'moneyTwoDecimals')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugFormat: TextFieldSingleValidation = (value, { req, required }) => {
  if (missing(value) || value === '') return required ? req.t('validation:required') : true
  return typeof value === 'string' && SLUG_PATTERN.test(value) ? true : t(req, 'slugFormat')
}
