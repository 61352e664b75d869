const Home = () => (
  <main>
    <h1>反诈宣传管理平台</h1>
    <p>
      各网点登记“打击治理电信网络诈骗集中宣传月”等反诈宣传活动：厅堂宣传、街面与社区活动、讲座、线上推文、堵截劝阻；总行合规审核、汇总并生成月度工作总结。
    </p>
    <p className="en" lang="en">
      Anti-fraud awareness campaign management: branches log their publicity activities; head-office compliance
      reviews them and compiles the monthly summary report.
    </p>
    <a className="button" href="/admin">
      进入管理后台 · Sign in
    </a>
  </main>
)

export default Home
