import { HomePage } from '../../../site/components'

export const dynamic = 'force-dynamic'

const Page = () => <HomePage lang="zh" />
export default Page
