import { MaterialsPage } from '../../../../site/components'
import { st } from '../../../../site/i18n'

export const dynamic = 'force-dynamic'
export const metadata = { title: st('en', 'materials') }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }
const Page = async ({ searchParams }: Props) => <MaterialsPage lang="en" searchParams={await searchParams} />
export default Page
