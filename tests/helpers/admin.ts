import { en } from '@payloadcms/translations/languages/en'
import type { Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../seed/bank'

/** Signs in through the admin's own login form and waits for the dashboard. */
export const signIn = async (page: Page, baseURL: string, email: string) => {
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
}

/** Picks an option in one of Payload's select/relationship fields (react-select). */
export const choose = async (page: Page, fieldId: string, optionText: string) => {
  await page.locator(`#${fieldId} .rs__control`).click()
  await page.locator('.rs__option', { hasText: optionText }).first().click()
}

/** The page is no wider than the screen (no horizontal scroll). */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

/** Payload's own English sentences (its en translations with a space and ten characters or more). */
const PAYLOAD_ENGLISH = [
  ...new Set(
    Object.values(en.translations as Record<string, Record<string, unknown>>)
      .flatMap((ns) => Object.values(ns))
      .filter((v): v is string => typeof v === 'string' && !v.includes('{{') && v.includes(' ') && v.length >= 10),
  ),
]

/** Payload's English that shows on a page the user reads in Chinese (there must be none). */
export const payloadEnglish = async (page: Page): Promise<string[]> => {
  const text = await page.locator('body').innerText()
  return PAYLOAD_ENGLISH.filter((e) => text.includes(e))
}
