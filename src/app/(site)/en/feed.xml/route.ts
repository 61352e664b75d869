import { env } from '../../../../env'
import { atomFeed } from '../../../../site/feed'

export const dynamic = 'force-dynamic'
export const GET = () => atomFeed('en', env.SERVER_URL)
