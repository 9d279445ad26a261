<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountVault</name>
    <message>
        <source>Only the site manager, the system administrator, the division leader and the general manager keep the official accounts (ACC-01).</source>
        <translation>官方账号只由网站主管、系统管理员、分管领导和总经理保管（ACC-01）。</translation>
    </message>
    <message>
        <source>Your keys open the vault already: change your passphrase instead.</source>
        <translation>您的密钥已能打开保险库：请改为修改口令。</translation>
    </message>
    <message>
        <source>You have no vault keys yet.</source>
        <translation>您还没有保险库密钥。</translation>
    </message>
    <message>
        <source>You have no vault keys yet: make them first (My vault keys).</source>
        <translation>您还没有保险库密钥：请先生成（我的保险库密钥）。</translation>
    </message>
    <message>
        <source>You are not a keeper of the vault (yet): another keeper asks for you, and the general manager approves.</source>
        <translation>您（尚）不是保险库保管人：由另一位保管人为您申请，总经理批准。</translation>
    </message>
    <message>
        <source>The vault is started already: ask one of its keepers to add you.</source>
        <translation>保险库已启用：请其保管人之一添加您。</translation>
    </message>
    <message>
        <source>Start the official accounts registry, %1 its first keeper</source>
        <translation>启用官方账号登记簿，%1 为首位保管人</translation>
    </message>
    <message>
        <source>Give the account&apos;s password or key.</source>
        <translation>请填写该账号的密码或密钥。</translation>
    </message>
    <message>
        <source>Only a keeper of the vault keeps an entry; user %1 is none.</source>
        <translation>只有保险库保管人才能保管条目；用户 %1 不是。</translation>
    </message>
    <message>
        <source>The registry has a %1 &quot;%2&quot; already.</source>
        <translation>登记簿中已有%1“%2”。</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <source>%1 was changed since you read it: read it again.</source>
        <translation>%1 在您读取后已被修改：请重新读取。</translation>
    </message>
    <message>
        <source>New official account: %1 (%2)</source>
        <translation>新官方账号：%1（%2）</translation>
    </message>
    <message>
        <source>Change to the official account %1</source>
        <translation>修改官方账号 %1</translation>
    </message>
    <message>
        <source>New secret of the official account %1</source>
        <translation>官方账号 %1 的新密码</translation>
    </message>
    <message>
        <source>That user has no vault keys yet: they make them first, in the registry (My vault keys).</source>
        <translation>该用户还没有保险库密钥：请其先在登记簿中生成（我的保险库密钥）。</translation>
    </message>
    <message>
        <source>%1 is a keeper of the vault already.</source>
        <translation>%1 已是保险库保管人。</translation>
    </message>
    <message>
        <source>%1 to keep the official accounts</source>
        <translation>由 %1 保管官方账号</translation>
    </message>
    <message>
        <source>That user keeps no copy of the vault key.</source>
        <translation>该用户没有保险库密钥的副本。</translation>
    </message>
    <message>
        <source>%1 is the vault&apos;s last keeper: add another keeper first.</source>
        <translation>%1 是保险库最后一位保管人：请先添加另一位保管人。</translation>
    </message>
    <message>
        <source>%1 to stop keeping the official accounts</source>
        <translation>%1 不再保管官方账号</translation>
    </message>
    <message>
        <source>Only the keepers of %1 see its secret: %2.</source>
        <translation>只有 %1 的保管人能查看其密码：%2。</translation>
    </message>
    <message>
        <source>The vault was started meanwhile: ask one of its keepers to add you.</source>
        <translation>保险库已在此期间启用：请其保管人之一添加您。</translation>
    </message>
    <message>
        <source>The vault has no keeper any more.</source>
        <translation>保险库已没有保管人。</translation>
    </message>
    <message>
        <source>The new keeper made new keys since this was asked: ask again.</source>
        <translation>新保管人在申请后重新生成了密钥：请重新申请。</translation>
    </message>
    <message>
        <source>That would leave the vault without a keeper.</source>
        <translation>这样保险库将没有保管人。</translation>
    </message>
    <message>
        <source>This request is of no kind the registry knows.</source>
        <translation>登记簿不认识这种申请。</translation>
    </message>
    <message>
        <source>A keeper of the entry no longer keeps the vault: ask again.</source>
        <translation>该条目的一位保管人已不再保管保险库：请重新申请。</translation>
    </message>
    <message>
        <source>%1 was changed since this was asked: ask again.</source>
        <translation>%1 在申请后已被修改：请重新申请。</translation>
    </message>
    <message numerus="yes">
        <source>A new vault key for the official accounts: %n secret(s) encrypted anew</source>
        <translation>
            <numerusform>官方账号库换新密钥：%n 个密码重新加密</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault key was changed since this was asked: ask again.</source>
        <translation>提交申请后库密钥已更换，请重新申请。</translation>
    </message>
    <message>
        <source>An account or a keeper changed since the new vault key was asked: ask again.</source>
        <translation>申请换新密钥后有账号或保管人发生变化，请重新申请。</translation>
    </message>
</context>
<context>
    <name>AdminModule</name>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>AllowanceBillRows</name>
    <message>
        <source>no header row names the bill and the employee (话费, and 工号 or 姓名)</source>
        <translation>没有一行表头同时给出话费和员工（话费，以及工号或姓名）</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>在文件中出现两次（首次在第 %1 行）</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>话费</translation>
    </message>
    <message>
        <source>not an amount in yuan from 0 to 10,000 (such as 86.50)</source>
        <translation>不是 0 到 10,000 元之间的金额（例如 86.50）</translation>
    </message>
</context>
<context>
    <name>AllowanceDesk</name>
    <message>
        <source>The rule for %1 was changed from another PC meanwhile: reload it.</source>
        <translation>%1 的补贴标准已在此期间从另一台电脑修改，请重新加载。</translation>
    </message>
    <message>
        <source>A phone bill cannot be negative.</source>
        <translation>话费不能为负数。</translation>
    </message>
    <message>
        <source>The allowance sheet of %1 is posted; a later bill goes on next month&apos;s.</source>
        <translation>%1 的补贴表已计入工资；之后的话费请记入下月的补贴表。</translation>
    </message>
    <message>
        <source>The allowance sheet of %1 is already posted.</source>
        <translation>%1 的补贴表已计入工资。</translation>
    </message>
    <message>
        <source>phone %1 + meals %2</source>
        <translation>话费 %1 + 餐费 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>nobody of this number is on the %1 sheet (in service, with a rule for the position)</source>
        <translation>%1 补贴表上没有此工号的人员（须在职，且其岗位有补贴规则）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>nobody of this name is on the %1 sheet</source>
        <translation>%1 补贴表上没有此姓名的人员</translation>
    </message>
    <message>
        <source>%1 people have this name: give the staff number</source>
        <translation>有 %1 人同名：请填写工号</translation>
    </message>
    <message>
        <source>%1&apos;s bill for %2 was entered from another PC meanwhile: preview the file again.</source>
        <translation>%1 的 %2 话费刚在另一台电脑上录入：请重新预览文件。</translation>
    </message>
    <message>
        <source>the same person as on line %1</source>
        <translation>与第 %1 行是同一人</translation>
    </message>
    <message>
        <source>%1, the %2 sheet: rows read: %3.</source>
        <translation>%1，%2 补贴表：读取 %3 行。</translation>
    </message>
    <message>
        <source>Bills to enter or change: %1; as the file has them already: %2.</source>
        <translation>将录入或修改的话费：%1 笔；已与文件一致：%2 笔。</translation>
    </message>
    <message>
        <source>Rows that cannot be taken: %1.</source>
        <translation>无法导入的行：%1。</translation>
    </message>
</context>
<context>
    <name>AllowanceRules</name>
    <message>
        <source>Name the position the rule is for.</source>
        <translation>请填写该标准适用的职位。</translation>
    </message>
    <message>
        <source>An allowance cannot be negative.</source>
        <translation>补贴不能为负数。</translation>
    </message>
    <message>
        <source>Meal allowance days are 0 to 31.</source>
        <translation>餐费补贴天数须在 0 至 31 之间。</translation>
    </message>
</context>
<context>
    <name>ApprovalChain</name>
    <message>
        <source>Direct supervisor</source>
        <translation>直接主管</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>主管领导</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <source>No %1 is set for this person in the organisation chart; set one before submitting.</source>
        <translation>组织架构中未为此人设置%1，请先设置再提交。</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>ApprovalType</name>
    <message>
        <source>Permission change</source>
        <translation>权限变更</translation>
    </message>
    <message>
        <source>Duty swap</source>
        <translation>值班调换</translation>
    </message>
    <message>
        <source>Make-up punch</source>
        <translation>补卡</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>因公外出</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <source>Disciplinary fine</source>
        <translation>违纪罚款</translation>
    </message>
    <message>
        <source>Office supplies purchase</source>
        <translation>办公用品采购</translation>
    </message>
    <message>
        <source>Stocktake differences</source>
        <translation>盘点差异</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>付款凭证</translation>
    </message>
    <message>
        <source>Supplier invoice difference</source>
        <translation>供应商发票差异</translation>
    </message>
    <message>
        <source>Expense request</source>
        <translation>费用申请</translation>
    </message>
    <message>
        <source>Guide advance beyond the group&apos;s payments</source>
        <translation>超出团款的导游借款</translation>
    </message>
    <message>
        <source>Contract loan</source>
        <translation>合同借阅</translation>
    </message>
    <message>
        <source>Listing change</source>
        <translation>上下架申请</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>调价申请</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Official accounts change</source>
        <translation>官方账号变更</translation>
    </message>
    <message>
        <source>Web publication</source>
        <translation>网站发布</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>Unknown kind of request: %1.</source>
        <translation>未知的申请类型：%1。</translation>
    </message>
    <message>
        <source>Sign in to submit a request.</source>
        <translation>请登录后再提交申请。</translation>
    </message>
    <message>
        <source>Give a reason for the rejection.</source>
        <translation>请填写驳回理由。</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>没有编号为 %1 的申请。</translation>
    </message>
    <message>
        <source>Request %1 is no longer waiting for a decision.</source>
        <translation>申请 %1 已不再等待审批。</translation>
    </message>
    <message>
        <source>Request %1 waits for %2, not for you.</source>
        <translation>申请 %1 正在等待 %2 审批，而不是您。</translation>
    </message>
    <message>
        <source>Nobody approves their own request.</source>
        <translation>任何人都不能审批自己的申请。</translation>
    </message>
    <message>
        <source>Only the requester can withdraw request %1.</source>
        <translation>只有申请人可以撤回申请 %1。</translation>
    </message>
    <message>
        <source>Request %1 is no longer pending.</source>
        <translation>申请 %1 已不在审批中。</translation>
    </message>
    <message>
        <source>Choose someone else as your deputy.</source>
        <translation>请选择其他人作为您的代理人。</translation>
    </message>
    <message>
        <source>The deputy&apos;s period must end on or after its first day.</source>
        <translation>代理期限的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Request %1 is not yours to see.</source>
        <translation>您无权查看申请 %1。</translation>
    </message>
    <message>
        <source>%1 is empty or larger than 10 MB; attach a smaller file.</source>
        <translation>%1 为空或超过 10 MB，请附较小的文件。</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>没有这个附件。</translation>
    </message>
    <message>
        <source>%1 (deputy of %2)</source>
        <translation>%1（%2 的代理人）</translation>
    </message>
    <message>
        <source>Nobody records a phone approval of their own request.</source>
        <translation>任何人都不能为自己的申请登记电话审批。</translation>
    </message>
    <message>
        <source>Request %1 waits for %2: only they, or their deputy in force, can approve it by phone.</source>
        <translation>申请 %1 正在等待 %2 审批：只有其本人或当前有效的代理人可以电话审批。</translation>
    </message>
    <message>
        <source>Say what is wrong with this phone approval.</source>
        <translation>请说明这条电话审批有什么问题。</translation>
    </message>
    <message>
        <source>Request %1 has no phone approval in your name waiting for your answer.</source>
        <translation>申请 %1 没有以您的名义登记、等待您答复的电话审批。</translation>
    </message>
    <message>
        <source>You approve a step of request %1 yourself: someone else records its phone approval.</source>
        <translation>您本人审批申请 %1 的某一步：请由其他人登记其电话审批。</translation>
    </message>
</context>
<context>
    <name>AttachmentRules</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is %2, over the limit of %3 for a contract&apos;s file.</source>
        <translation>%1 大小为 %2，超过合同文件的上限 %3。</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a picture (PNG, JPEG, BMP, GIF): scan the contract to one of those.</source>
        <translation>%1 既不是 PDF 也不是图片（PNG、JPEG、BMP、GIF）：请把合同扫描成其中一种格式。</translation>
    </message>
</context>
<context>
    <name>AttendanceDemo</name>
    <message>
        <source>Cannot read the demo company: %1</source>
        <translation>无法读取示例公司：%1</translation>
    </message>
</context>
<context>
    <name>AttendanceMonth</name>
    <message>
        <source>Choose a month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>Cannot read the attendance data: %1</source>
        <translation>无法读取考勤数据：%1</translation>
    </message>
    <message>
        <source>%1 is already confirmed.</source>
        <translation>%1 已经确认。</translation>
    </message>
    <message>
        <source>Comp time earned by %1 and not taken, paid at %2% (OT-02, HOL-02)</source>
        <translation>%1 前积累且未调休的时间，按 %2% 支付（OT-02、HOL-02）</translation>
    </message>
</context>
<context>
    <name>AttendanceOverview</name>
    <message>
        <source>Nobody in your department is away today.</source>
        <translation>今天本部门无人请假或外出。</translation>
    </message>
    <message>
        <source>Away today in your department: %1</source>
        <translation>今天本部门不在岗：%1</translation>
    </message>
    <message>
        <source>Make-up punches this month: %1 of %2 used (ATT-12).</source>
        <translation>本月补卡：已用 %1 次，共 %2 次（ATT-12）。</translation>
    </message>
    <message>
        <source>Yesterday (%1): %2 late or early, %3 absent, %4 with a missing punch.</source>
        <translation>昨天（%1）：迟到或早退 %2 人，旷工 %3 人，缺卡 %4 人。</translation>
    </message>
    <message>
        <source>Not yet confirmed: %1.</source>
        <translation>尚未确认的月份：%1。</translation>
    </message>
</context>
<context>
    <name>AttendancePolicy</name>
    <message>
        <source>Grace minutes must be between 0 and 60.</source>
        <translation>宽限分钟数须在 0 至 60 之间。</translation>
    </message>
    <message>
        <source>The fine tiers for lateness need at least one tier.</source>
        <translation>迟到罚款档次至少需要一档。</translation>
    </message>
    <message>
        <source>Fine tiers must rise: %1 minutes follows %2.</source>
        <translation>罚款档次须逐档递增：%1 分钟排在 %2 之后。</translation>
    </message>
    <message>
        <source>A fine cannot be negative.</source>
        <translation>罚款金额不能为负数。</translation>
    </message>
    <message>
        <source>The escalation ladder must go reminder, warning, public notice, from occurrence 1 on.</source>
        <translation>处理阶梯须按提醒、警告、张榜的顺序，且从第 1 次起算。</translation>
    </message>
    <message>
        <source>The dismissal-review thresholds must be positive.</source>
        <translation>除名审查的阈值必须为正数。</translation>
    </message>
    <message>
        <source>The make-up punch quota cannot be negative.</source>
        <translation>补卡次数上限不能为负数。</translation>
    </message>
    <message>
        <source>Leave entitlements cannot be negative.</source>
        <translation>假期天数不能为负数。</translation>
    </message>
    <message>
        <source>Overtime is paid at 100% of the wage or more (HOL-02).</source>
        <translation>加班工资不得低于工资的 100%（HOL-02）。</translation>
    </message>
    <message>
        <source>Comp time is paid out after 1 to 24 months (OT-02).</source>
        <translation>调休须在 1 至 24 个月后折算支付（OT-02）。</translation>
    </message>
</context>
<context>
    <name>AttendancePolicyService</name>
    <message>
        <source>The stored attendance policy is not valid (%1); an administrator should save it again.</source>
        <translation>已保存的考勤制度无效（%1），请管理员重新保存。</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>Days worked</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Late (times)</source>
        <translation>迟到次数</translation>
    </message>
    <message>
        <source>Late (min)</source>
        <translation>迟到分钟</translation>
    </message>
    <message>
        <source>Early (times)</source>
        <translation>早退次数</translation>
    </message>
    <message>
        <source>Early (min)</source>
        <translation>早退分钟</translation>
    </message>
    <message>
        <source>Absent (days)</source>
        <translation>旷工天数</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation>婚假</translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation>丧假</translation>
    </message>
    <message>
        <source>Comp time off (days)</source>
        <translation>调休（天）</translation>
    </message>
    <message>
        <source>Overtime, working days (h)</source>
        <translation>工作日加班（小时）</translation>
    </message>
    <message>
        <source>Overtime, rest days (h)</source>
        <translation>休息日加班（小时）</translation>
    </message>
    <message>
        <source>Overtime, holidays (h)</source>
        <translation>法定假日加班（小时）</translation>
    </message>
    <message>
        <source>Fines (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <source>Unpaid days</source>
        <translation>无薪天数</translation>
    </message>
    <message>
        <source>Make-up punches</source>
        <translation>补卡次数</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Legend (morning, afternoon): %1; * make-up punch used (ATT-12).</source>
        <translation>图例（上午、下午）：%1；* 表示使用了补卡（ATT-12）。</translation>
    </message>
    <message>
        <source>Monthly attendance report %1</source>
        <translation>%1 月度考勤表</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Confirmed by HR</source>
        <translation>人事已确认</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Attendance by day</source>
        <translation>每日考勤</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mo</source>
        <comment>Monday</comment>
        <translation>一</translation>
    </message>
    <message>
        <source>Tu</source>
        <comment>Tuesday</comment>
        <translation>二</translation>
    </message>
    <message>
        <source>We</source>
        <comment>Wednesday</comment>
        <translation>三</translation>
    </message>
    <message>
        <source>Th</source>
        <comment>Thursday</comment>
        <translation>四</translation>
    </message>
    <message>
        <source>Fr</source>
        <comment>Friday</comment>
        <translation>五</translation>
    </message>
    <message>
        <source>Sa</source>
        <comment>Saturday</comment>
        <translation>六</translation>
    </message>
    <message>
        <source>Su</source>
        <comment>Sunday</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>work</source>
        <comment>make-up working day, short</comment>
        <translation>班</translation>
    </message>
    <message>
        <source>Totals per employee</source>
        <translation>个人汇总</translation>
    </message>
    <message>
        <source>Flags and fines</source>
        <translation>处理标记与罚款</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Changed after confirmation: %1</source>
        <translation>确认后变更：%1</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>Attendance %1</source>
        <translation>考勤 %1</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Fines confirmed (yuan)</source>
        <translation>已确认罚款（元）</translation>
    </message>
    <message>
        <source>† changed after confirmation. Punches less than 60 seconds apart count once (ATT-12). Times are compared to the minute (ATT-03). Fines are the rules&apos; proposal; fines confirmed are what HR decided in the disciplinary register (HR-03).</source>
        <translation>† 表示确认后有变更。间隔不足 60 秒的打卡只计一次（ATT-12）。时间按分钟比较（ATT-03）。“罚款”为按制度计算的建议金额；“已确认罚款”为人事在奖惩记录中的决定（HR-03）。</translation>
    </message>
    <message>
        <source>Comp-time balance (h)</source>
        <translation>调休余额（小时）</translation>
    </message>
</context>
<context>
    <name>AttendanceRules</name>
    <message numerus="yes">
        <source>%1, %n minute(s)</source>
        <translation>
            <numerusform>%1 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrence %1 of lateness or early leave this month</source>
        <translation>本月第 %1 次迟到或早退</translation>
    </message>
    <message numerus="yes">
        <source>A public notice in %n month(s) in a row</source>
        <translation>
            <numerusform>连续 %n 个月被张榜</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Absence no. %1 this month (%2 day)</source>
        <translation>本月第 %1 次旷工（%2 天）</translation>
    </message>
    <message>
        <source>%1 days absent this year</source>
        <translation>本年旷工 %1 天</translation>
    </message>
    <message>
        <source>Proxy punching</source>
        <translation>代打卡</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) in a row absent</source>
        <translation>
            <numerusform>连续旷工 %n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Early leave</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <source>Missing punch</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation>婚假</translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation>丧假</translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation>法定假日</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Comp time off</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>Out on business</source>
        <translation>因公外出</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>未在职</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>✓</source>
        <comment>present</comment>
        <translation>√</translation>
    </message>
    <message>
        <source>L</source>
        <comment>late</comment>
        <translation>迟</translation>
    </message>
    <message>
        <source>E</source>
        <comment>early leave</comment>
        <translation>早</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>旷</translation>
    </message>
    <message>
        <source>M</source>
        <comment>missing punch</comment>
        <translation>缺</translation>
    </message>
    <message>
        <source>P</source>
        <comment>personal leave</comment>
        <translation>事</translation>
    </message>
    <message>
        <source>S</source>
        <comment>sick leave</comment>
        <translation>病</translation>
    </message>
    <message>
        <source>W</source>
        <comment>marriage (wedding) leave</comment>
        <translation>婚</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bereavement leave</comment>
        <translation>丧</translation>
    </message>
    <message>
        <source>H</source>
        <comment>statutory holiday</comment>
        <translation>节</translation>
    </message>
    <message>
        <source>·</source>
        <comment>rest day</comment>
        <translation>休</translation>
    </message>
    <message>
        <source>C</source>
        <comment>comp time off</comment>
        <translation>调</translation>
    </message>
    <message>
        <source>O</source>
        <comment>out on business</comment>
        <translation>出</translation>
    </message>
    <message>
        <source>-</source>
        <comment>not employed</comment>
        <translation>-</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>张榜</translation>
    </message>
    <message>
        <source>Dismissal review</source>
        <translation>除名审查</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Company database created</source>
        <translation>创建公司数据库</translation>
    </message>
    <message>
        <source>Demo company filled</source>
        <translation>生成示例公司</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Account locked after wrong passwords</source>
        <translation>密码错误过多，账户锁定</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Handover recorded</source>
        <translation>登记账户交接</translation>
    </message>
    <message>
        <source>Company name changed</source>
        <translation>修改公司名称</translation>
    </message>
    <message>
        <source>Password policy changed</source>
        <translation>修改密码策略</translation>
    </message>
    <message>
        <source>Lock-out policy changed</source>
        <translation>修改锁定策略</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Automatic backup made</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>Backup policy changed</source>
        <translation>修改备份策略</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Request submitted</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Step approved</source>
        <translation>审批通过一步</translation>
    </message>
    <message>
        <source>Step rejected</source>
        <translation>审批驳回一步</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>申请已批准</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>申请被驳回</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>申请已撤回</translation>
    </message>
    <message>
        <source>Deputy named</source>
        <translation>指定代理人</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Permissions changed</source>
        <translation>权限变更生效</translation>
    </message>
    <message>
        <source>Data exported to a file</source>
        <translation>数据已导出为文件</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>报表已打印</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Phone approval confirmed</source>
        <translation>电话审批已确认</translation>
    </message>
    <message>
        <source>Phone approval disputed</source>
        <translation>电话审批被提出异议</translation>
    </message>
    <message>
        <source>Contract type created</source>
        <translation>新建合同类型</translation>
    </message>
    <message>
        <source>Archive set up</source>
        <translation>设立档案室</translation>
    </message>
    <message>
        <source>Contract registered</source>
        <translation>登记合同</translation>
    </message>
    <message>
        <source>Contract loan asked for</source>
        <translation>申请借阅合同</translation>
    </message>
    <message>
        <source>Contract handed out</source>
        <translation>借出合同</translation>
    </message>
    <message>
        <source>Contract taken back</source>
        <translation>收回合同</translation>
    </message>
    <message>
        <source>Archive check started</source>
        <translation>开始档案核查</translation>
    </message>
    <message>
        <source>Contract marked in a check</source>
        <translation>核查中标记合同</translation>
    </message>
    <message>
        <source>Archive check closed</source>
        <translation>结束档案核查</translation>
    </message>
    <message>
        <source>Contract file added</source>
        <translation>添加合同文件</translation>
    </message>
    <message>
        <source>Text of a contract file read</source>
        <translation>读取合同文件文字</translation>
    </message>
    <message>
        <source>Contract file to be read again</source>
        <translation>重新读取合同文件</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>Contract loan</source>
        <translation>合同借阅</translation>
    </message>
    <message>
        <source>Archive check</source>
        <translation>档案核查</translation>
    </message>
    <message>
        <source>Contract file</source>
        <translation>合同文件</translation>
    </message>
    <message>
        <source>Contract changed</source>
        <translation>修改合同</translation>
    </message>
    <message>
        <source>Product card saved</source>
        <translation>商品资料已保存</translation>
    </message>
    <message>
        <source>Product stock moved</source>
        <translation>商品库存已变动</translation>
    </message>
    <message>
        <source>Price change asked for</source>
        <translation>已提交调价申请</translation>
    </message>
    <message>
        <source>Price published</source>
        <translation>价格已发布</translation>
    </message>
    <message>
        <source>Listing change asked for</source>
        <translation>已提交上下架申请</translation>
    </message>
    <message>
        <source>Listing change carried out</source>
        <translation>上下架申请已执行</translation>
    </message>
    <message>
        <source>Taken off sale at zero stock</source>
        <translation>库存为零，已下架</translation>
    </message>
    <message>
        <source>Promotion proposed</source>
        <translation>促销活动已提出</translation>
    </message>
    <message>
        <source>Promotion specified</source>
        <translation>促销活动已细化</translation>
    </message>
    <message>
        <source>Promotion published</source>
        <translation>促销活动已发布</translation>
    </message>
    <message>
        <source>Promotion withdrawn</source>
        <translation>促销活动已撤回</translation>
    </message>
    <message>
        <source>Product list imported</source>
        <translation>商品清单已导入</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Product stock movement</source>
        <translation>商品库存变动</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>调价申请</translation>
    </message>
    <message>
        <source>Listing change</source>
        <translation>上下架申请</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Product picture added</source>
        <translation>添加商品图片</translation>
    </message>
    <message>
        <source>Product picture removed</source>
        <translation>删除商品图片</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>记录订单</translation>
    </message>
    <message>
        <source>Order event</source>
        <translation>订单事项</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Vault keys made</source>
        <translation>已生成保险库密钥</translation>
    </message>
    <message>
        <source>Vault passphrase changed</source>
        <translation>已修改保险库口令</translation>
    </message>
    <message>
        <source>Vault keeper added</source>
        <translation>已添加保险库保管人</translation>
    </message>
    <message>
        <source>Vault keeper removed</source>
        <translation>已移除保险库保管人</translation>
    </message>
    <message>
        <source>Official account saved</source>
        <translation>已保存官方账号</translation>
    </message>
    <message>
        <source>Official account&apos;s secret viewed</source>
        <translation>已查看官方账号密码</translation>
    </message>
    <message>
        <source>Official account&apos;s secret copied</source>
        <translation>已复制官方账号密码</translation>
    </message>
    <message>
        <source>Vault keeper</source>
        <translation>保险库保管人</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>官方账号</translation>
    </message>
    <message>
        <source>Web publication asked for</source>
        <translation>申请网站发布</translation>
    </message>
    <message>
        <source>Web publication published</source>
        <translation>网站内容已发布</translation>
    </message>
    <message>
        <source>Security incident recorded</source>
        <translation>登记安全事件</translation>
    </message>
    <message>
        <source>Security incident updated</source>
        <translation>更新安全事件</translation>
    </message>
    <message>
        <source>Web publication</source>
        <translation>网站发布</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Chat hours set</source>
        <translation>设置在线客服时间</translation>
    </message>
    <message>
        <source>Customer service pools set</source>
        <translation>设置客服轮值名单</translation>
    </message>
    <message>
        <source>Customer service roster generated</source>
        <translation>生成客服值班表</translation>
    </message>
    <message>
        <source>Customer service duty assigned</source>
        <translation>调整客服值班</translation>
    </message>
    <message>
        <source>Customer feedback recorded</source>
        <translation>登记客户反馈</translation>
    </message>
    <message>
        <source>Customer feedback outcome</source>
        <translation>客户反馈处理结果</translation>
    </message>
    <message>
        <source>Bad customer flag proposed</source>
        <translation>提报劣质客户</translation>
    </message>
    <message>
        <source>Bad customer flag decided</source>
        <translation>劣质客户确认结果</translation>
    </message>
    <message>
        <source>Customer service pools</source>
        <translation>客服轮值名单</translation>
    </message>
    <message>
        <source>Customer service roster</source>
        <translation>客服值班表</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Bad customer flag</source>
        <translation>劣质客户标记</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>库密钥已更换</translation>
    </message>
    <message>
        <source>Orders recorded</source>
        <translation>记录订单（成批）</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Audit record %1 does not follow record %2: a record between them was removed or inserted, or the previous one was changed.</source>
        <translation>审计记录 %1 与记录 %2 不相衔接：两者之间的记录被删除或插入，或前一条记录被修改。</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>审计记录 %1 在写入后被修改过。</translation>
    </message>
</context>
<context>
    <name>AuditMark</name>
    <message>
        <source>Present</source>
        <translation>在档</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核对</translation>
    </message>
</context>
<context>
    <name>AuditRules</name>
    <message>
        <source>Mark it present, missing or damaged.</source>
        <translation>请标记为在档、缺失或损坏。</translation>
    </message>
    <message>
        <source>The audit of %1 is already closed.</source>
        <translation>%1 的核查已结束。</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) not yet checked.</source>
        <translation>
            <numerusform>还有 %n 份合同未核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: write what the investigation found (CON-02).</source>
        <translation>%1 %2：请填写调查结果（CON-02）。</translation>
    </message>
    <message>
        <source>%1 is %2: name the person held responsible (CON-02).</source>
        <translation>%1 %2：请指定责任人（CON-02）。</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask a database administrator.</source>
        <translation>账户 %1 已停用，请联系数据库管理员。</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2.</source>
        <translation>账户 %1 因密码错误次数过多已被锁定，至 %2 解锁。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account %1 is locked for %2 minutes.</source>
        <translation>密码错误次数过多：账户 %1 已被锁定 %2 分钟。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>再错 %n 次账户将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was set by someone else or used by someone else; choose your own now.</source>
        <translation>您的密码由他人设置或曾被他人使用，请立即设置您自己的密码。</translation>
    </message>
    <message numerus="yes">
        <source>Your password is older than %n day(s); choose a new one.</source>
        <translation>
            <numerusform>您的密码已使用超过 %n 天，请设置新密码。</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>RULE DB-05 asks for a backup at least weekly: every 1 to 7 days.</source>
        <translation>规则 DB-05 要求至少每周备份一次：周期须为 1 至 7 天。</translation>
    </message>
    <message>
        <source>Keep 1 to 520 backups.</source>
        <translation>保留的备份份数须为 1 至 520。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup into %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept: %1</source>
        <translation>备份副本未通过检查，因此未予保留：%1</translation>
    </message>
    <message>
        <source>The backup could not be moved into %1.</source>
        <translation>无法将备份移入 %1。</translation>
    </message>
    <message>
        <source>The backup %1 was made, but its manifest could not be written.</source>
        <translation>备份 %1 已生成，但无法写入其说明文件。</translation>
    </message>
    <message>
        <source>The backup %1 does not match its manifest: the file was changed or damaged.</source>
        <translation>备份 %1 与其说明文件不符：文件已被修改或损坏。</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>备份 %1 未通过检查：%2</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>No memory for the barcode of &quot;%1&quot;.</source>
        <translation>内存不足，无法生成“%1”的条码。</translation>
    </message>
    <message>
        <source>No barcode for &quot;%1&quot;: %2</source>
        <translation>无法生成“%1”的条码：%2</translation>
    </message>
    <message>
        <source>No barcode for &quot;%1&quot;.</source>
        <translation>无法生成“%1”的条码。</translation>
    </message>
    <message>
        <source>The item has no code, so its label can have no barcode.</source>
        <translation>该物品没有编码，因此其标签上无法印条码。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; has &quot;%2&quot;, which a Code 128 barcode cannot carry: use letters, digits and signs such as - . / only.</source>
        <translation>编码“%1”含有“%2”，Code 128 条码无法表示：请只使用字母、数字及 - . / 等符号。</translation>
    </message>
    <message>
        <source>There is nothing for the QR code to carry.</source>
        <translation>二维码没有可承载的内容。</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <source>Name the budget category.</source>
        <translation>请填写预算科目。</translation>
    </message>
    <message>
        <source>%1 is not a budget year.</source>
        <translation>%1 不是有效的预算年度。</translation>
    </message>
    <message>
        <source>A budget is an amount from %1 up to %2.</source>
        <translation>预算金额须在 %1 至 %2 之间。</translation>
    </message>
</context>
<context>
    <name>CashDesk</name>
    <message>
        <source>Give the day to close.</source>
        <translation>请填写要日结的日期。</translation>
    </message>
    <message>
        <source>The cash counted cannot be negative.</source>
        <translation>实盘现金不能为负数。</translation>
    </message>
    <message>
        <source>%1 has not come yet: a day is closed at its end.</source>
        <translation>%1 还没到：每天结束时才能日结。</translation>
    </message>
    <message>
        <source>The cash journal of %1 was closed by %2.</source>
        <translation>%1 的现金日记账已由 %2 日结。</translation>
    </message>
    <message>
        <source>Close %1 first: each day opens with what the day before counted.</source>
        <translation>请先日结 %1：每天的期初数取自前一天的实盘数。</translation>
    </message>
    <message>
        <source>The cash journal of %1 is not closed yet.</source>
        <translation>%1 的现金日记账尚未日结。</translation>
    </message>
    <message>
        <source>You closed this day yourself: cash and books are kept by different people (FIN-02).</source>
        <translation>这一天是您本人日结的：管钱与管账须由不同的人负责（FIN-02）。</translation>
    </message>
    <message>
        <source>The count differs from the books by %1: say what was found.</source>
        <translation>实盘数与账面相差 %1：请说明核查结果。</translation>
    </message>
    <message>
        <source>%1 was reviewed from another PC meanwhile.</source>
        <translation>%1 已在此期间从另一台电脑审核。</translation>
    </message>
    <message>
        <source>The cash journal is closed up to %1: record %2&apos;s entry on an open day after it.</source>
        <translation>现金日记账已日结至 %1：%2 的分录请记在其后未日结的日期。</translation>
    </message>
    <message>
        <source>The cash journal is closed up to %1: an earlier day cannot be closed after it.</source>
        <translation>现金日记账已日结至 %1：不能再日结更早的日期。</translation>
    </message>
    <message>
        <source>%1 would take the budget line %2 / %3 over: %4 remains. Spending beyond a line needs the general manager&apos;s consent: file an expense request (FIN-01).</source>
        <translation>%1 将超出预算科目 %2 / %3：仅剩 %4。超预算支出须经总经理同意：请提交费用申请（FIN-01）。</translation>
    </message>
</context>
<context>
    <name>CashRules</name>
    <message>
        <source>Receipt</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Give the day of the entry.</source>
        <translation>请填写分录日期。</translation>
    </message>
    <message>
        <source>The amount must be more than zero; correct a mistake with an entry the other way.</source>
        <translation>金额须大于零；如有错误，请录入一笔方向相反的分录冲正。</translation>
    </message>
    <message>
        <source>Say who paid or was paid.</source>
        <translation>请填写交款人或收款人。</translation>
    </message>
    <message>
        <source>Say what the money was for.</source>
        <translation>请说明款项用途。</translation>
    </message>
    <message>
        <source>Advance %1</source>
        <translation>借款 %1</translation>
    </message>
    <message>
        <source>Reimbursement %1</source>
        <translation>报销 %1</translation>
    </message>
    <message>
        <source>Guide advance %1</source>
        <translation>导游借款 %1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>付款凭证 %1</translation>
    </message>
</context>
<context>
    <name>ChannelOrderRows</name>
    <message>
        <source>no header row names the order number, the amount paid, the creation time and the item (订单编号, 买家实际支付金额, 订单创建时间, 宝贝标题)</source>
        <translation>没有一行表头同时包含订单编号、买家实际支付金额、订单创建时间和宝贝标题</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>在文件中出现两次（第一次在第 %1 行）</translation>
    </message>
    <message>
        <source>not a date and time such as 2026-10-12 09:00:00</source>
        <translation>不是日期时间，例如 2026-10-12 09:00:00</translation>
    </message>
    <message>
        <source>not an amount of 0 or more</source>
        <translation>不是大于等于 0 的金额</translation>
    </message>
    <message>
        <source>less than the shipping</source>
        <translation>少于邮费</translation>
    </message>
    <message>
        <source>more than the goods and the shipping (%1)</source>
        <translation>超过货款与邮费之和（%1）</translation>
    </message>
    <message>
        <source>no header row names the order, its total and its line items (Name, Total, Lineitem quantity, Lineitem price)</source>
        <translation>没有一行表头同时包含订单、总额和商品明细（Name、Total、Lineitem quantity、Lineitem price）</translation>
    </message>
    <message>
        <source>not a date and time such as 2026-10-12 10:00:00 +0800</source>
        <translation>不是日期时间，例如 2026-10-12 10:00:00 +0800</translation>
    </message>
    <message>
        <source>not a currency code such as USD</source>
        <translation>不是币种代码，例如 USD</translation>
    </message>
    <message>
        <source>less than its line items (%1) after the discount</source>
        <translation>扣除优惠后少于商品明细合计（%1）</translation>
    </message>
    <message>
        <source>choose the column that holds &quot;%1&quot;</source>
        <translation>请选择存放“%1”的列</translation>
    </message>
    <message>
        <source>name the channel the orders come from</source>
        <translation>请填写订单来自的渠道</translation>
    </message>
    <message>
        <source>no header row names the columns %1, %2 and %3</source>
        <translation>没有表头行包含列 %1、%2 和 %3</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot; (%2)</source>
        <translation>文件中没有“%1”列（%2）</translation>
    </message>
    <message>
        <source>more than the quantity at the unit price</source>
        <translation>超过数量乘以单价</translation>
    </message>
    <message>
        <source>the line has no unit price and no amount</source>
        <translation>该行既没有单价也没有金额</translation>
    </message>
    <message>
        <source>not the goods %1 and shipping %2 less the discount %3</source>
        <translation>不等于商品 %1 加运费 %2 减优惠 %3</translation>
    </message>
    <message>
        <source>not a whole number from 1 to 1,000,000</source>
        <translation>不是 1 到 1,000,000 之间的整数</translation>
    </message>
</context>
<context>
    <name>ClockFile</name>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>ZKTeco USB log (attlog.dat)</source>
        <translation>中控 U 盘考勤记录（attlog.dat）</translation>
    </message>
    <message>
        <source>ZKTime export</source>
        <translation>ZKTime 导出文件</translation>
    </message>
    <message>
        <source>DingTalk raw records</source>
        <translation>钉钉原始记录</translation>
    </message>
    <message>
        <source>%1 is not a time-clock file ShopDesk knows (ZKTeco log, ZKTime export, DingTalk records); choose the format by hand if it is one.</source>
        <translation>%1 不是 ShopDesk 能识别的考勤文件（中控记录、ZKTime 导出、钉钉记录）；如果确实是，请手动选择格式。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no line could be read as %2; the first problem is on line %3: %4</source>
        <translation>%1：没有一行能按 %2 读取；第一个问题在第 %3 行：%4</translation>
    </message>
</context>
<context>
    <name>CompanyCopy</name>
    <message>
        <source>Row %1 of %2 refers to a row that is not there.</source>
        <translation>%2 的第 %1 行引用了不存在的行。</translation>
    </message>
    <message>
        <source>A row refers to one that is not there: %1</source>
        <translation>有一行数据引用了不存在的行：%1</translation>
    </message>
    <message>
        <source>The file %1 already exists. A company is moved into a new file.</source>
        <translation>文件 %1 已存在。公司只能迁移到一个新文件中。</translation>
    </message>
    <message>
        <source>The database %1 is not empty. A company is moved into a new, empty database.</source>
        <translation>数据库 %1 不是空的。公司只能迁移到新建的空数据库中。</translation>
    </message>
    <message>
        <source>The schema could not be made in %1: %2</source>
        <translation>无法在 %1 中建立数据库结构：%2</translation>
    </message>
    <message>
        <source>A company file is copied to a postgresql:// database, and a company on a server into a new file.</source>
        <translation>公司数据库文件只能复制到 postgresql:// 数据库，服务器上的公司只能复制到新文件。</translation>
    </message>
    <message>
        <source>%1 is not at this program&apos;s schema (version %2 of %3): open it with this program first.</source>
        <translation>%1 的数据库结构不是本程序的版本（第 %2 版，程序为第 %3 版）：请先用本程序打开它。</translation>
    </message>
    <message>
        <source>The table %1 differs between the two schemas.</source>
        <translation>表 %1 在两边的数据库结构中不一致。</translation>
    </message>
    <message>
        <source>Copying %1: %2</source>
        <translation>复制 %1 时：%2</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 written.</source>
        <translation>%1：读取 %2 行，写入 %3 行。</translation>
    </message>
    <message>
        <source>Making %1: %2</source>
        <translation>生成 %1 时：%2</translation>
    </message>
    <message>
        <source>Nothing was copied to %1 (it keeps the empty schema; drop and make the database anew before trying again): %2</source>
        <translation>没有任何数据复制到 %1（其中只留下空的数据库结构；请删除并重新创建该数据库后再试）：%2</translation>
    </message>
    <message>
        <source>Nothing was copied, and %1 was removed: %2</source>
        <translation>没有复制任何数据，%1 已删除：%2</translation>
    </message>
</context>
<context>
    <name>CompanyDatabase</name>
    <message>
        <source>%1 is an SQLite file but not a ShopDesk database.</source>
        <translation>%1 是 SQLite 文件，但不是 ShopDesk 数据库。</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new file name, or open it as an existing database.</source>
        <translation>文件 %1 已存在。请另选文件名，或作为现有数据库打开。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>the daily check found damage (%1). Ask the database administrator to restore a backup.</source>
        <translation>每日检查发现损坏（%1）。请联系数据库管理员从备份恢复。</translation>
    </message>
    <message numerus="yes">
        <source>ShopDesk was updated, and the database needs the update too; %n other PC(s) still work in it. Open it again when everyone has closed ShopDesk.</source>
        <translation>
            <numerusform>ShopDesk 已更新，数据库也需要随之更新；仍有 %n 台其他电脑在使用它。请在所有人关闭 ShopDesk 后重新打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is not empty. A company is created in a new, empty database.</source>
        <translation>数据库 %1 不是空的。公司须在新建的空数据库中创建。</translation>
    </message>
    <message>
        <source>The database %1 holds no ShopDesk company yet: create one there (shopdeskctl init), or move a company file there (shopdeskctl transfer).</source>
        <translation>数据库 %1 中还没有 ShopDesk 公司：请在其中创建一个（shopdeskctl init），或把公司数据库文件迁移过去（shopdeskctl transfer）。</translation>
    </message>
    <message>
        <source>ShopDesk was updated, and the company server needs the update too, which only the database&apos;s owner applies: shopdeskctl --db postgresql://OWNER@HOST/DATABASE migrate.</source>
        <translation>ShopDesk 已更新，公司服务器上的数据库也需要更新，这只能由数据库所有者执行：shopdeskctl --db postgresql://所有者@主机/数据库 migrate。</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <source>The company name must not be empty.</source>
        <translation>公司名称不能为空。</translation>
    </message>
    <message>
        <source>The minimum password length may only be raised (now %1).</source>
        <translation>密码最小长度只能提高（当前为 %1）。</translation>
    </message>
    <message>
        <source>A password must be changed every 1 to 3650 days.</source>
        <translation>密码更换周期须为 1 至 3650 天。</translation>
    </message>
    <message>
        <source>The number of earlier passwords that may not be reused must be 0 to 24.</source>
        <translation>不得重复使用的历史密码个数须为 0 至 24。</translation>
    </message>
    <message>
        <source>Allow 1 to 100 wrong passwords and lock for 1 to 1440 minutes.</source>
        <translation>允许错误次数须为 1 至 100 次，锁定时长须为 1 至 1440 分钟。</translation>
    </message>
</context>
<context>
    <name>CompanyTransfer</name>
    <message>
        <source>Only a database administrator moves the company.</source>
        <translation>只有数据库管理员可以迁移公司。</translation>
    </message>
    <message>
        <source>%1 is still working in the company on %2: move it when everyone has signed out.</source>
        <translation>%1 仍在 %2 上使用该公司数据库：请在所有人退出后再迁移。</translation>
    </message>
    <message>
        <source>%1 did not pass its check, so it is not moved:
%2</source>
        <translation>%1 未通过检查，因此不迁移：
%2</translation>
    </message>
    <message>
        <source>The company was not moved, and %1 was removed: %2</source>
        <translation>公司未迁移，%1 已删除：%2</translation>
    </message>
    <message>
        <source>The copy did not pass its check:
%1</source>
        <translation>副本未通过检查：
%1</translation>
    </message>
</context>
<context>
    <name>ConductRules</name>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>张榜</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Dismissal review</source>
        <translation>除名审查</translation>
    </message>
    <message>
        <source>Private use of company computers</source>
        <translation>私用公司电脑</translation>
    </message>
    <message>
        <source>Leaking company secrets</source>
        <translation>泄露公司机密</translation>
    </message>
    <message>
        <source>Unreachable, causing a loss</source>
        <translation>联系不上造成损失</translation>
    </message>
    <message>
        <source>Misappropriating company funds</source>
        <translation>挪用公司款项</translation>
    </message>
    <message>
        <source>Keeping group payments</source>
        <translation>截留集体款项</translation>
    </message>
    <message>
        <source>Refusing assigned overtime, causing a loss or delay</source>
        <translation>拒绝加班安排造成损失或延误</translation>
    </message>
    <message>
        <source>Proxy punching (each party)</source>
        <translation>代打卡（每方）</translation>
    </message>
    <message>
        <source>Refusing a reassignment</source>
        <translation>拒不服从调动</translation>
    </message>
    <message>
        <source>Rule %1 does not provide for a %2.</source>
        <translation>条款 %1 未规定“%2”这种处理。</translation>
    </message>
    <message>
        <source>Only a fine has an amount.</source>
        <translation>只有罚款才有金额。</translation>
    </message>
    <message>
        <source>A fine needs an amount.</source>
        <translation>罚款须填写金额。</translation>
    </message>
    <message>
        <source>Rule %1 fines from %2 to %3; %4 is outside that range.</source>
        <translation>条款 %1 的罚款为 %2 至 %3；%4 超出该范围。</translation>
    </message>
</context>
<context>
    <name>ContractAudits</name>
    <message>
        <source>The archive&apos;s check started earlier is still open: finish it first.</source>
        <translation>该档案室之前开始的核查尚未结束：请先完成。</translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation>该核查已不存在。</translation>
    </message>
    <message>
        <source>The audit of %1 closed on %2 and stays as it was.</source>
        <translation>%1 的核查已于 %2 结束，不能再修改。</translation>
    </message>
    <message>
        <source>That contract is not kept in %1.</source>
        <translation>该合同不在 %1 保管。</translation>
    </message>
    <message>
        <source>%1 is not a contract kept in %2.</source>
        <translation>%1 不是 %2 保管的合同。</translation>
    </message>
    <message>
        <source>The audit of %1 cannot close yet:
%2</source>
        <translation>%1 的核查尚不能结束：
%2</translation>
    </message>
    <message>
        <source>The audit of %1 was closed from another PC meanwhile.</source>
        <translation>%1 的核查已在另一台电脑上结束。</translation>
    </message>
    <message>
        <source>Archive check report: %1</source>
        <translation>合同档案核查报告：%1</translation>
    </message>
    <message>
        <source>Archive checklist: %1</source>
        <translation>合同档案核查清单：%1</translation>
    </message>
    <message>
        <source>Started %1, closed %2 (CON-02)</source>
        <translation>%1 开始，%2 结束（CON-02）</translation>
    </message>
    <message>
        <source>Started %1 (CON-02)</source>
        <translation>%1 开始（CON-02）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>original out with %1</source>
        <translation>原件由 %1 借出</translation>
    </message>
    <message>
        <source>%1 contracts: %2 present, %3 missing, %4 damaged, %5 not checked.</source>
        <translation>共 %1 份合同：在档 %2 份，缺失 %3 份，损坏 %4 份，未核对 %5 份。</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管员</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <source>That is the label of the box %1: scan the folders in it one by one.</source>
        <translation>这是档案盒 %1 的标签：请逐一扫描盒内的合同卷夹。</translation>
    </message>
</context>
<context>
    <name>ContractFiles</name>
    <message>
        <source>Say what the file is (the signed original, an amendment...).</source>
        <translation>请说明这是什么文件（签字正本、补充协议……）。</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) recognised from the scan</source>
        <translation>
            <numerusform>从扫描件识别了 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Text from the PDF</source>
        <translation>取自 PDF 的文字</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>该文件已不存在。</translation>
    </message>
    <message>
        <source>The text of %1 is not a failed reading: nothing to read again.</source>
        <translation>%1 的文字并非读取失败：无需重新读取。</translation>
    </message>
</context>
<context>
    <name>ContractLabels</name>
    <message>
        <source>Contract folder labels</source>
        <translation>合同卷夹标签</translation>
    </message>
    <message>
        <source>Archive box labels</source>
        <translation>档案盒标签</translation>
    </message>
    <message>
        <source>Choose one or more contracts in the list first.</source>
        <translation>请先在列表中选择一份或多份合同。</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>签订于 %1</translation>
    </message>
    <message>
        <source>No contract of this archive says where it is kept (cabinet, shelf, box).</source>
        <translation>该档案室没有任何合同登记了存放位置（柜、层、盒）。</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n 份合同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractLending</name>
    <message>
        <source>%1 of %2 (%3) until %4: %5</source>
        <translation>借阅%2（%3）%1，至 %4：%5</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>The original of %1 is out with %2 until %3.</source>
        <translation>%1 的原件已由 %2 借出，至 %3 归还。</translation>
    </message>
    <message>
        <source>%1 of contract %2</source>
        <translation>借阅合同 %2 %1</translation>
    </message>
    <message>
        <source>The loan no longer exists.</source>
        <translation>该借阅记录已不存在。</translation>
    </message>
    <message>
        <source>%1 of %2 is %3: only a signed loan is handed out (CON-05).</source>
        <translation>%2 的%1借阅状态为“%3”：只有审批通过的借阅才能借出（CON-05）。</translation>
    </message>
    <message>
        <source>%1 was handed out from another PC meanwhile.</source>
        <translation>%1 已在另一台电脑上借出。</translation>
    </message>
    <message>
        <source>%1 of %2 is not out.</source>
        <translation>%2 的%1未借出。</translation>
    </message>
    <message>
        <source>%1 was taken back from another PC meanwhile.</source>
        <translation>%1 已在另一台电脑上收回。</translation>
    </message>
</context>
<context>
    <name>ContractRegister</name>
    <message>
        <source>Name the contract type.</source>
        <translation>请填写合同类型名称。</translation>
    </message>
    <message>
        <source>The code %1 is already the type &quot;%2&quot;.</source>
        <translation>代码 %1 已用于类型“%2”。</translation>
    </message>
    <message>
        <source>Name the archive.</source>
        <translation>请填写档案室名称。</translation>
    </message>
    <message>
        <source>An archive has one custodian: name them (CON-06).</source>
        <translation>每个档案室有一名专职保管员：请指定（CON-06）。</translation>
    </message>
    <message>
        <source>The archive no longer exists.</source>
        <translation>该档案室已不存在。</translation>
    </message>
    <message>
        <source>The contract type no longer exists.</source>
        <translation>该合同类型已不存在。</translation>
    </message>
    <message>
        <source>Only %1, the custodian of %2, registers, lends and checks its contracts (CON-06).</source>
        <translation>只有 %2 的保管员 %1 可以登记、借出和核查其合同（CON-06）。</translation>
    </message>
    <message>
        <source>Contract statistics %1</source>
        <translation>%1 年合同统计</translation>
    </message>
    <message>
        <source>Contract statistics, all years</source>
        <translation>合同统计（全部年份）</translation>
    </message>
    <message>
        <source>As of %1, from the register (CON-03)</source>
        <translation>截至 %1，依据合同登记（CON-03）</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By year signed</source>
        <translation>按签订年份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By other party</source>
        <translation>按合同对方</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>合同对方</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In force and ending within 90 days</source>
        <translation>履行中、90 天内到期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 天内</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天内</translation>
    </message>
    <message>
        <source>It was signed on %1, a day still to come.</source>
        <translation>签订日期 %1 尚未到来。</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>%1 keeps its type, signing day and archive, which its number and custodian stand for: register the contract anew if those were wrong.</source>
        <translation>%1 的类型、签订日和档案室由其编号和档案管理员决定，不能修改：如有错误，请重新登记该合同。</translation>
    </message>
    <message>
        <source>%1 was changed on another PC after you opened it: close it and open it again.</source>
        <translation>您打开 %1 后，另一台电脑修改了它：请关闭后重新打开。</translation>
    </message>
</context>
<context>
    <name>ContractRules</name>
    <message>
        <source>A type code is 2 to 6 capital letters or digits, starting with a letter (CG, XS2); &quot;%1&quot; is not.</source>
        <translation>类型代码为 2 至 6 位大写字母或数字，以字母开头（如 CG、XS2）；“%1”不符合。</translation>
    </message>
    <message>
        <source>Choose the contract&apos;s type.</source>
        <translation>请选择合同类型。</translation>
    </message>
    <message>
        <source>Choose the archive that keeps the original.</source>
        <translation>请选择保管原件的档案室。</translation>
    </message>
    <message>
        <source>Give the contract&apos;s title.</source>
        <translation>请填写合同名称。</translation>
    </message>
    <message>
        <source>Name the other party.</source>
        <translation>请填写合同对方。</translation>
    </message>
    <message>
        <source>Give the day it was signed.</source>
        <translation>请填写签订日期。</translation>
    </message>
    <message>
        <source>Give the day it starts.</source>
        <translation>请填写生效日期。</translation>
    </message>
    <message>
        <source>It ends (%1) before it starts (%2).</source>
        <translation>终止日期（%1）早于生效日期（%2）。</translation>
    </message>
    <message>
        <source>The contract value cannot be negative.</source>
        <translation>合同金额不能为负数。</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>In force</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已履行完毕</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>ContractsModule</name>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>%1: six months since its last check on %2 (CON-02)</source>
        <translation>%1：距上次核查（%2）已满六个月（CON-02）</translation>
    </message>
    <message>
        <source>%1 has never been checked against its records (CON-02)</source>
        <translation>%1 从未核查过（CON-02）</translation>
    </message>
    <message numerus="yes">
        <source>%n contract loan(s) past their day</source>
        <translation>
            <numerusform>%n 份合同借阅已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerFeedback</name>
    <message>
        <source>Question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>退换货申请</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Write down what the customer said.</source>
        <translation>请记下客户说了什么。</translation>
    </message>
    <message>
        <source>Link it to the customer: their account, phone or order (CS-02).</source>
        <translation>请关联客户：买家账号、电话或订单（CS-02）。</translation>
    </message>
    <message>
        <source>Choose how the customer got in touch.</source>
        <translation>请选择客户联系的方式。</translation>
    </message>
    <message>
        <source>Say what was done before marking it resolved.</source>
        <translation>标记为已解决前，请写明处理结果。</translation>
    </message>
</context>
<context>
    <name>CustomerFlag</name>
    <message>
        <source>Waiting for the supervisor</source>
        <translation>待客服主管确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Name the customer: their account or phone.</source>
        <translation>请填写客户：买家账号或电话。</translation>
    </message>
    <message>
        <source>Give the evidence the service supervisor will decide on (CS-03).</source>
        <translation>请提供供客服主管判断的证据（CS-03）。</translation>
    </message>
</context>
<context>
    <name>CustomerFlags</name>
    <message>
        <source>Only the service supervisor confirms or rejects a flag (CS-03).</source>
        <translation>只有客服主管可以确认或驳回劣质客户标记（CS-03）。</translation>
    </message>
    <message>
        <source>Say why the flag is rejected.</source>
        <translation>请写明驳回原因。</translation>
    </message>
    <message>
        <source>The flag is no longer there.</source>
        <translation>该标记已不存在。</translation>
    </message>
    <message>
        <source>A flag is decided by someone other than who proposed it (CS-03).</source>
        <translation>标记须由提报人以外的人确认（CS-03）。</translation>
    </message>
    <message>
        <source>The flag was decided from another PC meanwhile.</source>
        <translation>该标记刚刚已在另一台电脑上处理。</translation>
    </message>
</context>
<context>
    <name>CustomerServiceRoster</name>
    <message>
        <source>Only the service supervisor or a department head keeps the service roster (CS-01).</source>
        <translation>只有客服主管或部门负责人可以维护客服值班表（CS-01）。</translation>
    </message>
    <message>
        <source>The chat opens before it closes, on the same day.</source>
        <translation>在线客服的开始时间须早于结束时间，且在同一天内。</translation>
    </message>
    <message>
        <source>%1 is over: its roster stays as it was.</source>
        <translation>%1 已过去，值班表保持不变。</translation>
    </message>
    <message>
        <source>Choose who covers.</source>
        <translation>请选择值班人。</translation>
    </message>
    <message>
        <source>Customer service roster %1</source>
        <translation>客服值班表 %1</translation>
    </message>
    <message>
        <source>Online chat %1-%2; outside those hours the 400 hotline is forwarded to the duty manager (CS-01).</source>
        <translation>在线客服 %1-%2；其余时间 400 热线转接值班经理手机（CS-01）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>400 hotline (evening and night)</source>
        <translation>400 热线（晚间及夜间）</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表</translation>
    </message>
    <message>
        <source>Service supervisor</source>
        <translation>客服主管</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist, or its drive is not reachable.</source>
        <translation>数据库文件 %1 不存在，或其所在的驱动器无法访问。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>ShopDesk cannot create files in the folder %1. Choose another folder or ask for write permission.</source>
        <translation>ShopDesk 无法在文件夹 %1 中创建文件。请另选文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>无法读取数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ShopDesk database (it is not an SQLite file).</source>
        <translation>%1 不是 ShopDesk 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>文件 %1 为只读</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>文件夹 %1 不可写入</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or not a database: %2</source>
        <translation>数据库文件 %1 已损坏或不是数据库：%2</translation>
    </message>
    <message>
        <source>The database file %1 is in WAL mode, which does not work on a shared drive, and could not be switched back. Close every other program using it and try again.</source>
        <translation>数据库文件 %1 处于 WAL 模式，该模式在共享驱动器上无法使用，且未能切换回来。请关闭所有正在使用它的其他程序后重试。</translation>
    </message>
    <message>
        <source>Another PC held the database file %1 for too long. Your input is kept; try again in a moment.</source>
        <translation>另一台电脑占用数据库文件 %1 时间过长。您输入的内容已保留，请稍后重试。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>数据库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Someone decided this step at the same moment; reload.</source>
        <translation>他人同时审批了这一步，请重新加载。</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>没有这个附件。</translation>
    </message>
    <message>
        <source>Someone answered this phone approval at the same moment; reload.</source>
        <translation>有人同时答复了这条电话审批，请刷新。</translation>
    </message>
    <message>
        <source>%1 is not a server address; it is written postgresql://user:password@host:port/database.</source>
        <translation>%1 不是服务器地址，格式应为 postgresql://用户:密码@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The server %1 is on another machine: ShopDesk talks to it only over TLS (sslmode=require or verify-full).</source>
        <translation>服务器 %1 在另一台机器上：ShopDesk 只通过 TLS 与其通信（sslmode=require 或 verify-full）。</translation>
    </message>
    <message>
        <source>This ShopDesk cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed.</source>
        <translation>此 ShopDesk 无法连接 PostgreSQL 服务器：未安装 Qt 的 PostgreSQL 驱动。</translation>
    </message>
    <message>
        <source>The company server %1 cannot be reached: %2</source>
        <translation>无法连接公司服务器 %1：%2</translation>
    </message>
    <message>
        <source>Another user&apos;s change held the data on the server %1 for too long. Your input is kept; try again in a moment.</source>
        <translation>其他用户的修改在服务器 %1 上占用数据过久。您的输入已保留，请稍后再试。</translation>
    </message>
    <message>
        <source>A server announces changes instead (ChangeWatcher).</source>
        <translation>服务器会主动通知变更（ChangeWatcher）。</translation>
    </message>
    <message>
        <source>Wrong user name or password: the server %1 refused %2.</source>
        <translation>用户名或密码错误：服务器 %1 拒绝了 %2。</translation>
    </message>
    <message>
        <source>The server %1 lets %2 in no longer: the account is disabled, or locked after too many wrong passwords.</source>
        <translation>服务器 %1 不再允许 %2 登录：该账户已停用，或因密码错误次数过多而被锁定。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Integrity check: ok</source>
        <translation>完整性检查：正常</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>完整性检查未通过：%1</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>表 %1，第 %2 行</translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>外键：正常</translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys: %n row(s) point to missing rows, first %1</source>
        <translation>
            <numerusform>外键：有 %n 行指向不存在的记录，首个为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Protective trigger %1 is missing: someone changed the database behind the program&apos;s back.</source>
        <translation>保护触发器 %1 缺失：有人绕过程序修改了数据库。</translation>
    </message>
    <message>
        <source>Audit record %1 differs from the copy this PC remembered: the log was rewritten.</source>
        <translation>审计记录 %1 与本机记住的副本不一致：日志已被改写。</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: %n record(s), ok</source>
        <translation>
            <numerusform>审计链：共 %n 条记录，正常</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit records after %1 are missing: this PC saw record %2, the file ends at %1.</source>
        <translation>记录 %1 之后的审计记录缺失：本机曾见到记录 %2，而文件只到记录 %1。</translation>
    </message>
    <message>
        <source>Integrity check: kept by the database server</source>
        <translation>完整性检查：由数据库服务器负责</translation>
    </message>
</context>
<context>
    <name>DemoCompany</name>
    <message>
        <source>A demo company has 6 to 5000 employees.</source>
        <translation>示例公司的员工人数须为 6 至 5000 人。</translation>
    </message>
    <message>
        <source>A demo company covers 1 to 36 months.</source>
        <translation>示例公司的数据跨度须为 1 至 36 个月。</translation>
    </message>
</context>
<context>
    <name>DingTalkRecords</name>
    <message>
        <source>header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>no 工号, 考勤日期 and 打卡时间 columns: not DingTalk raw records, or the wrong encoding</source>
        <translation>没有“工号”“考勤日期”和“打卡时间”列：不是钉钉原始记录，或编码选择有误</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>not a time (HH:MM)</source>
        <translation>不是时间（HH:MM）</translation>
    </message>
</context>
<context>
    <name>DisciplineEntry</name>
    <message>
        <source>Proposed by attendance</source>
        <translation>考勤建议</translation>
    </message>
    <message>
        <source>Waiting for the department head</source>
        <translation>等待部门负责人审批</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已免除</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>DisciplineRegister</name>
    <message>
        <source>The disciplinary entry of this request no longer exists.</source>
        <translation>该申请对应的违纪记录已不存在。</translation>
    </message>
    <message>
        <source>%1, rule %2: %3</source>
        <translation>%1，条款 %2：%3</translation>
    </message>
    <message>
        <source>Choose the rule the entry is recorded under.</source>
        <translation>请选择所依据的条款。</translation>
    </message>
    <message>
        <source>Give the date and what happened.</source>
        <translation>请填写日期和事情经过。</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>没有这名员工。</translation>
    </message>
    <message>
        <source>Fine for %1: %2 (%3)</source>
        <translation>%1 罚款：%2（%3）</translation>
    </message>
    <message>
        <source>There is no such entry.</source>
        <translation>没有这条记录。</translation>
    </message>
    <message>
        <source>Only a proposal from attendance is confirmed or waived here.</source>
        <translation>这里只能确认或免除由考勤提出的建议。</translation>
    </message>
    <message>
        <source>Someone else decided this entry meanwhile; reload.</source>
        <translation>其他人已处理了这条记录，请刷新。</translation>
    </message>
    <message>
        <source>Say why the entry is waived.</source>
        <translation>请说明免除的理由。</translation>
    </message>
    <message>
        <source>Name the other person of the proxy punch (%1).</source>
        <translation>请填写代打卡的另一方（%1）。</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1（另一方：%2）</translation>
    </message>
</context>
<context>
    <name>DutyRoster</name>
    <message>
        <source>A duty rotation needs at least three people: one main, one support, and whoever rests after main duty.</source>
        <translation>值班轮换至少需要三人：一名主班、一名配班，以及主班次日休息的人。</translation>
    </message>
    <message>
        <source>The roster period is not a range of dates.</source>
        <translation>排班期间不是有效的日期范围。</translation>
    </message>
    <message>
        <source>Every day needs a main and a support person.</source>
        <translation>每天都需要一名主班和一名配班。</translation>
    </message>
    <message>
        <source>%1 cannot be main and support on the same day.</source>
        <translation>%1 不能在同一天既值主班又值配班。</translation>
    </message>
    <message>
        <source>%1 is on main duty two days running.</source>
        <translation>%1 连续两天值主班。</translation>
    </message>
    <message>
        <source>%1 rests after main duty and cannot be on support duty.</source>
        <translation>%1 主班后次日休息，不能值配班。</translation>
    </message>
</context>
<context>
    <name>DutyRosterService</name>
    <message>
        <source>Duty on %1: %2</source>
        <translation>%1 值班：%2</translation>
    </message>
    <message>
        <source>The roster of %1 is published; change a day by a swap request.</source>
        <translation>%1 的排班已发布；如需变更，请提交调班申请。</translation>
    </message>
    <message>
        <source>Every day of the month needs its duty before the roster is published.</source>
        <translation>发布排班前，本月每一天都须安排值班。</translation>
    </message>
    <message>
        <source>Choose a main and a support person.</source>
        <translation>请选择主班和配班人员。</translation>
    </message>
    <message>
        <source>Duty swap on %1</source>
        <translation>%1 调班</translation>
    </message>
    <message>
        <source>main %1, support %2</source>
        <translation>主班 %1，配班 %2</translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation>%1 值班表</translation>
    </message>
    <message>
        <source>Main duty 07:30-11:30 and 15:00-22:00, rest the next day; support duty 07:30-17:00 and the day&apos;s office cleaning (ATT-01, DUTY-01)</source>
        <translation>主班 07:30-11:30、15:00-22:00，次日休息；配班 07:30-17:00，并负责当天办公室卫生（ATT-01、DUTY-01）</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>%1
Main: %2
Support and cleaning: %3</source>
        <translation>%1
主班：%2
配班及卫生：%3</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
</context>
<context>
    <name>Employee</name>
    <message>
        <source>Candidate</source>
        <translation>应聘者</translation>
    </message>
    <message>
        <source>On probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>离职中</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>未交还</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已交还</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EmployeeArchive</name>
    <message>
        <source>A record needs a name and a staff number.</source>
        <translation>档案须有姓名和工号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>Nobody is their own supervisor.</source>
        <translation>任何人都不能是自己的主管。</translation>
    </message>
    <message>
        <source>A special hire starts probation only after passing the assessment (HR-04).</source>
        <translation>特殊人才须考核通过后才能开始试用（HR-04）。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (is the staff number or PIN taken?)</source>
        <translation>无法保存 %1：%2（工号或考勤号是否已被占用？）</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>没有这名员工。</translation>
    </message>
    <message>
        <source>Someone else saved %1 meanwhile; reload to see their change.</source>
        <translation>其他人已保存了 %1 的档案，请刷新查看其修改。</translation>
    </message>
    <message>
        <source>Only HR marks a record verified (HR-01).</source>
        <translation>只有人事才能标记档案已核实（HR-01）。</translation>
    </message>
    <message>
        <source>An assessment needs its date and assessor (HR-04).</source>
        <translation>考核须填写日期和考核人（HR-04）。</translation>
    </message>
    <message>
        <source>Scores are from 0 to 100.</source>
        <translation>分数须在 0 至 100 之间。</translation>
    </message>
</context>
<context>
    <name>EmployeeImport</name>
    <message>
        <source>%1 has no header row with 工号 and 姓名 (staff number and name).</source>
        <translation>%1 没有包含“工号”和“姓名”的标题行。</translation>
    </message>
    <message>
        <source>staff no. / name</source>
        <translation>工号/姓名</translation>
    </message>
    <message>
        <source>both are required</source>
        <translation>两者都必须填写</translation>
    </message>
    <message>
        <source>staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>在文件中出现了两次</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>考勤号</translation>
    </message>
    <message>
        <source>already the PIN of %1</source>
        <translation>已是 %1 的考勤号</translation>
    </message>
    <message>
        <source>hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since the preview; read the file again.</source>
        <translation>预览之后 %1 的档案已被他人修改，请重新读取文件。</translation>
    </message>
    <message>
        <source>no such department: add it under Departments... first</source>
        <translation>没有这个部门：请先在“部门...”中添加</translation>
    </message>
</context>
<context>
    <name>ExpenseDesk</name>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1：%2，用于 %3</translation>
    </message>
    <message>
        <source>; a business expense: approve before the money is spent (FIN-09)</source>
        <translation>；业务费用：须在支出前审批（FIN-09）</translation>
    </message>
    <message>
        <source>; over its budget line: approving consents to exceeding the budget (FIN-01)</source>
        <translation>；超出预算项：批准即同意超预算（FIN-01）</translation>
    </message>
    <message>
        <source>Expense %1: %2</source>
        <translation>费用申请 %1：%2</translation>
    </message>
    <message>
        <source>Expense request %1 does not exist.</source>
        <translation>费用申请 %1 不存在。</translation>
    </message>
    <message>
        <source>Give the day the cash is lent.</source>
        <translation>请填写借款日期。</translation>
    </message>
    <message>
        <source>Advance on %1 (IOU %2)</source>
        <translation>%1 借款（借条 %2）</translation>
    </message>
    <message>
        <source>Give the day of the reimbursement.</source>
        <translation>请填写报销日期。</translation>
    </message>
    <message>
        <source>Reimbursement of %1</source>
        <translation>%1 报销</translation>
    </message>
    <message>
        <source>Advance returned on %1</source>
        <translation>%1 借款余额退回</translation>
    </message>
    <message>
        <source>A request is for your own department, whose head approves it.</source>
        <translation>只能为本部门申请，由本部门负责人审批。</translation>
    </message>
    <message>
        <source>The scan %1 is %2 bytes; a scan may be at most %3 bytes.</source>
        <translation>扫描件 %1 有 %2 字节；扫描件最多 %3 字节。</translation>
    </message>
    <message>
        <source>%1 has no invoice %2.</source>
        <translation>%1 没有第 %2 张发票。</translation>
    </message>
</context>
<context>
    <name>ExpenseRules</name>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>已报销</translation>
    </message>
    <message>
        <source>Choose the department that spends the money.</source>
        <translation>请选择用款部门。</translation>
    </message>
    <message>
        <source>Choose the budget category of the expense.</source>
        <translation>请选择该费用的预算科目。</translation>
    </message>
    <message>
        <source>Say what the money is for.</source>
        <translation>请说明款项用途。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额须大于零。</translation>
    </message>
    <message>
        <source>Give the day the money is needed.</source>
        <translation>请填写用款日期。</translation>
    </message>
    <message>
        <source>%1 is %2: an advance is lent only against an approved request (FIN-04).</source>
        <translation>%1 的状态为“%2”：只有已批准的申请才能借款（FIN-04）。</translation>
    </message>
    <message>
        <source>The advance must be more than zero.</source>
        <translation>借款金额须大于零。</translation>
    </message>
    <message>
        <source>Give the number of the signed IOU.</source>
        <translation>请填写已签字借条的编号。</translation>
    </message>
    <message>
        <source>%1 was approved for %2 and %3 is already lent: at most %4 more.</source>
        <translation>%1 的批准金额为 %2，已借出 %3：最多还能借 %4。</translation>
    </message>
    <message>
        <source>%1 is already reimbursed.</source>
        <translation>%1 已报销。</translation>
    </message>
    <message>
        <source>%1 is %2: without an approved request there is no reimbursement (FIN-04).</source>
        <translation>%1 的状态为“%2”：申请未经批准，不能报销（FIN-04）。</translation>
    </message>
    <message>
        <source>A reimbursement needs its invoices.</source>
        <translation>报销须附发票。</translation>
    </message>
    <message>
        <source>Invoice %1: give its number.</source>
        <translation>第 %1 张发票：请填写发票号码。</translation>
    </message>
    <message>
        <source>Invoice %1 is listed twice.</source>
        <translation>发票 %1 出现了两次。</translation>
    </message>
    <message>
        <source>Invoice %1: the amount must be more than zero.</source>
        <translation>发票 %1：金额须大于零。</translation>
    </message>
    <message>
        <source>Invoice %1: give the day it was issued.</source>
        <translation>发票 %1：请填写开票日期。</translation>
    </message>
    <message>
        <source>Invoice %1 is dated %2, before %3 was approved on %4: a business expense needs the general manager&apos;s approval before the money is spent (FIN-09).</source>
        <translation>发票 %1 的开票日期为 %2，早于 %3 的批准日期 %4：业务费用须先经总经理批准，才能支出（FIN-09）。</translation>
    </message>
    <message>
        <source>The invoices come to %1, more than the %2 approved for %3.</source>
        <translation>发票合计 %1，超过了 %3 的批准金额 %2。</translation>
    </message>
</context>
<context>
    <name>FeedbackBook</name>
    <message>
        <source>The feedback is no longer there.</source>
        <translation>该反馈已不存在。</translation>
    </message>
</context>
<context>
    <name>FinanceModule</name>
    <message numerus="yes">
        <source>%n signed payment voucher(s) to pay</source>
        <translation>
            <numerusform>有 %n 张已签字的付款凭证待付款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advance(s) not yet cleared, %1 in all</source>
        <translation>
            <numerusform>有 %n 笔借款尚未结清，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
</context>
<context>
    <name>FinancePeriods</name>
    <message>
        <source>%1 is closed for money entries (FIN-03): nothing dated in it is accepted unless the general manager reopens the month.</source>
        <translation>%1 已月结，不再接受收支记录（FIN-03）：日期在该月内的记录一律不予受理，除非总经理重新打开该月份。</translation>
    </message>
</context>
<context>
    <name>FinanceRoles</name>
    <message>
        <source>Only the %1 may do this (FIN-02).</source>
        <translation>只有 %1 才能执行此操作（FIN-02）。</translation>
    </message>
</context>
<context>
    <name>GroupDesk</name>
    <message>
        <source>%1 to guide %2 for %3, of which %4 is beyond what the group has paid (FIN-06)</source>
        <translation>借给导游 %2（%3）%1，其中 %4 超出该团已付团款（FIN-06）</translation>
    </message>
    <message>
        <source>The group account no longer exists.</source>
        <translation>该团队账户已不存在。</translation>
    </message>
    <message>
        <source>%1 is settled and stays as it was.</source>
        <translation>%1 已结算，不能再修改。</translation>
    </message>
    <message>
        <source>%1 was changed from another PC after you opened it: reload it.</source>
        <translation>您打开 %1 后，另一台电脑已修改了它：请重新载入。</translation>
    </message>
    <message>
        <source>A receipt must be more than zero.</source>
        <translation>收款金额必须大于零。</translation>
    </message>
    <message>
        <source>Give the day the money arrived.</source>
        <translation>请填写到账日期。</translation>
    </message>
    <message>
        <source>%1 is settled.</source>
        <translation>%1 已结算。</translation>
    </message>
    <message>
        <source>%1 owes %2; %3 is more than that.</source>
        <translation>%1 尚欠 %2；%3 超过了欠款。</translation>
    </message>
    <message>
        <source>Name the guide the money is lent to.</source>
        <translation>请填写借款的导游。</translation>
    </message>
    <message>
        <source>Give the day the money is lent.</source>
        <translation>请填写借款日期。</translation>
    </message>
    <message>
        <source>Guide advance for %1</source>
        <translation>%1 导游借款</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a paper may be at most %3 bytes.</source>
        <translation>%1 有 %2 字节；单据最多 %3 字节。</translation>
    </message>
    <message>
        <source>Only the general manager lets a group depart below what it must have paid (FIN-07).</source>
        <translation>团款未达到出发前应收金额时，只有总经理可以同意出发（FIN-07）。</translation>
    </message>
    <message>
        <source>Say why the group may depart.</source>
        <translation>请说明同意出发的原因。</translation>
    </message>
    <message>
        <source>%1 may already depart.</source>
        <translation>%1 已可出发。</translation>
    </message>
    <message>
        <source>%1 was changed from another PC meanwhile.</source>
        <translation>%1 已在此期间被另一台电脑修改。</translation>
    </message>
    <message>
        <source>Only the general manager writes off a bad debt (FIN-07).</source>
        <translation>只有总经理可以核销坏账（FIN-07）。</translation>
    </message>
    <message>
        <source>A bad debt is charged to whoever caused it: name the person (FIN-07).</source>
        <translation>坏账由造成者承担：请指明责任人（FIN-07）。</translation>
    </message>
    <message>
        <source>The amount written off must be more than zero.</source>
        <translation>核销金额必须大于零。</translation>
    </message>
    <message>
        <source>%1 owes %2; no more can be written off.</source>
        <translation>%1 尚欠 %2；核销不能超过此数。</translation>
    </message>
    <message>
        <source>Guide advance</source>
        <translation>导游借款</translation>
    </message>
    <message>
        <source>Give the traveller&apos;s name.</source>
        <translation>请填写游客姓名。</translation>
    </message>
    <message>
        <source>%1 is an individual customer&apos;s contract: one traveller.</source>
        <translation>%1 是散客合同：只有一位游客。</translation>
    </message>
    <message>
        <source>%1 left on %2: its list is what travelled.</source>
        <translation>%1 已于 %2 出发：名单即实际出行人员。</translation>
    </message>
    <message>
        <source>The traveller was already taken off %1 from another PC.</source>
        <translation>该游客已在另一台电脑上从 %1 的名单中移除。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 left on %2: its departure day stays.</source>
        <translation>%1 已于 %2 出发：出发日期不能再改。</translation>
    </message>
    <message>
        <source>The line was already taken off the budget sheet of %1 from another PC.</source>
        <translation>该项已在另一台电脑上从 %1 的预算单中删除。</translation>
    </message>
    <message>
        <source>%1: rows read: %2.</source>
        <translation>%1：读取 %2 行。</translation>
    </message>
    <message>
        <source>Travellers to add: %1; listed already: %2.</source>
        <translation>将添加的游客：%1 名；已在名单中：%2 名。</translation>
    </message>
    <message>
        <source>Rows that cannot be taken: %1.</source>
        <translation>无法导入的行：%1。</translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>Group</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Individual customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Expense confirmation</source>
        <translation>费用确认单</translation>
    </message>
    <message>
        <source>Itemized expense list</source>
        <translation>费用明细表</translation>
    </message>
    <message>
        <source>%1 has paid %2 of the %3 due before departure (%4): it does not depart unless the general manager allows it (FIN-07).</source>
        <translation>%1 已付 %2，出发前应付 %3（%4）：除非总经理同意，不得出发（FIN-07）。</translation>
    </message>
    <message>
        <source>80% for a group</source>
        <translation>团队为 80%</translation>
    </message>
    <message>
        <source>all of it for an individual</source>
        <translation>散客为全款</translation>
    </message>
    <message>
        <source>The advance must be more than zero.</source>
        <translation>借款金额必须大于零。</translation>
    </message>
    <message>
        <source>%1 is settled.</source>
        <translation>%1 已结算。</translation>
    </message>
    <message>
        <source>The budget sheet of %1 allows %2 and %3 is already lent: at most %4 more (FIN-06).</source>
        <translation>%1 的计调预算单为 %2，已借出 %3：最多还可借 %4（FIN-06）。</translation>
    </message>
    <message>
        <source>%1 is already settled.</source>
        <translation>%1 已经结算。</translation>
    </message>
    <message>
        <source>%1 cannot be settled without: %2 (FIN-08).</source>
        <translation>%1 缺少以下单据，不能结算：%2（FIN-08）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name the group or customer.</source>
        <translation>请填写团队或客户名称。</translation>
    </message>
    <message>
        <source>The contract value must be more than zero.</source>
        <translation>合同金额必须大于零。</translation>
    </message>
    <message>
        <source>Give the signing, departure and return dates.</source>
        <translation>请填写签约、出发和返回日期。</translation>
    </message>
    <message>
        <source>The return is before the departure.</source>
        <translation>返回日期早于出发日期。</translation>
    </message>
    <message>
        <source>%1 left on %2.</source>
        <translation>%1 已于 %2 出发。</translation>
    </message>
    <message>
        <source>Say what the budget line is for (coach, hotel, meals...).</source>
        <translation>请写明预算项目（大巴、住宿、餐费……）。</translation>
    </message>
    <message>
        <source>A budget line must be more than zero.</source>
        <translation>预算金额必须大于零。</translation>
    </message>
    <message>
        <source>The guide of %1 has been lent %2: the budget sheet cannot fall below it (FIN-06).</source>
        <translation>%1 的导游已借款 %2：预算单合计不能低于此数（FIN-06）。</translation>
    </message>
    <message>
        <source>A departure is recorded once the group has left, not before.</source>
        <translation>团队出发后才能登记出发，不能提前登记。</translation>
    </message>
    <message>
        <source>%1 was signed on %2: it cannot have left before that.</source>
        <translation>%1 于 %2 签约：不可能在此之前出发。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>In-lieu rest day</source>
        <translation>调休休息日</translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>%1 is not a holiday calendar: %2 at character %3.</source>
        <translation>%1 不是节假日日历：第 %3 个字符处%2。</translation>
    </message>
    <message>
        <source>%1 has no &quot;years&quot; with holiday breaks.</source>
        <translation>%1 中没有包含假期安排的“years”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a year.</source>
        <translation>%1：“%2”不是年份。</translation>
    </message>
    <message>
        <source>%1: year %2, %3, field &quot;%4&quot;: &quot;%5&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1：%2 年，%3，字段“%4”：“%5”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The shipped holiday calendar is missing from the program.</source>
        <translation>程序中缺少随附的节假日日历。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendarService</name>
    <message>
        <source>Choose a date.</source>
        <translation>请选择日期。</translation>
    </message>
</context>
<context>
    <name>HomeModule</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>HrModule</name>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
</context>
<context>
    <name>IdCardNumber</name>
    <message>
        <source>An ID card number has 18 characters; &quot;%1&quot; has %2.</source>
        <translation>身份证号应为 18 位；“%1”为 %2 位。</translation>
    </message>
    <message>
        <source>The ID card number &quot;%1&quot; has a non-digit at position %2.</source>
        <translation>身份证号“%1”第 %2 位不是数字。</translation>
    </message>
    <message>
        <source>The ID card number &quot;%1&quot; holds no valid birth date (%2).</source>
        <translation>身份证号“%1”中的出生日期无效（%2）。</translation>
    </message>
    <message>
        <source>The ID card number &quot;%1&quot; fails its check character: %2 expected at the end.</source>
        <translation>身份证号“%1”校验码不符：末位应为 %2。</translation>
    </message>
</context>
<context>
    <name>InboxModule</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision.</source>
        <translation>
            <numerusform>有 %n 个申请等待您审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>    No. %1, %2, from %3, waiting %4 h</source>
        <translation>    编号 %1，%2，申请人 %3，已等待 %4 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n phone approval(s) in your name to confirm or dispute.</source>
        <translation>
            <numerusform>有 %n 条以您名义登记的电话审批待您确认或提出异议。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk</name>
    <message>
        <source>The purchase order of this invoice no longer exists.</source>
        <translation>该发票对应的采购订单已不存在。</translation>
    </message>
    <message>
        <source>Invoice %1 for %2</source>
        <translation>发票 %1（订单 %2）</translation>
    </message>
    <message>
        <source>The invoice of this approval no longer exists.</source>
        <translation>该审批对应的发票已不存在。</translation>
    </message>
    <message>
        <source>Invoice %1 was decided meanwhile.</source>
        <translation>发票 %1 已在此期间被审批。</translation>
    </message>
    <message>
        <source>Invoice %1 of %2: %3</source>
        <translation>%2 的发票 %1：%3</translation>
    </message>
    <message>
        <source>Give the invoice date.</source>
        <translation>请填写发票日期。</translation>
    </message>
    <message>
        <source>The purchase order no longer exists.</source>
        <translation>该采购订单已不存在。</translation>
    </message>
    <message>
        <source>Invoice %1 is already recorded for %2.</source>
        <translation>%2 已登记过发票 %1。</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 for %3 does not match</source>
        <translation>%2 的发票 %1（订单 %3）不相符</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>Give the invoice number.</source>
        <translation>请填写发票号码。</translation>
    </message>
    <message>
        <source>An invoice has at least one line.</source>
        <translation>发票至少要有一行。</translation>
    </message>
    <message>
        <source>%1 is already invoiced in full.</source>
        <translation>%1 已全部开票。</translation>
    </message>
    <message>
        <source>The invoice names a line that is not on %1.</source>
        <translation>发票中有一行不在 %1 上。</translation>
    </message>
    <message>
        <source>%1 is named twice on the invoice.</source>
        <translation>%1 在发票上出现了两次。</translation>
    </message>
    <message>
        <source>%1: the invoiced quantity must be a whole number from 1 to %2.</source>
        <translation>%1：开票数量须为 1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount an invoice line can carry.</source>
        <translation>%1：%2 不是发票行可填写的金额。</translation>
    </message>
    <message>
        <source>%1: invoiced %2 %3, arrived and not yet invoiced %4.</source>
        <translation>%1：开票 %2 %3，已到货但未开票的为 %4。</translation>
    </message>
    <message>
        <source>The invoice asks for %1; the order&apos;s prices give %2 (tolerance %3).</source>
        <translation>发票金额为 %1；按订单价格计算为 %2（容差 %3）。</translation>
    </message>
    <message>
        <source>The invoice asks for nothing: give its amounts.</source>
        <translation>发票金额为零：请填写发票各行金额。</translation>
    </message>
</context>
<context>
    <name>ItemLabels</name>
    <message>
        <source>Shelf labels</source>
        <translation>货架标签</translation>
    </message>
    <message>
        <source>Copies per item must be between 1 and %1, not %2.</source>
        <translation>每项物品的份数须在 1 至 %1 之间，不能为 %2。</translation>
    </message>
    <message>
        <source>There are no items to print labels for.</source>
        <translation>没有可打印标签的物品。</translation>
    </message>
    <message>
        <source>No label for %1: %2</source>
        <translation>无法生成 %1 的标签：%2</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>存放位置：%1</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <source>Choose one or more items in the list first.</source>
        <translation>请先在列表中选择一项或多项物品。</translation>
    </message>
    <message numerus="yes">
        <source>Labels for each of the %n item(s):</source>
        <translation>
            <numerusform>所选 %n 项物品，每项打印标签份数：</numerusform>
        </translation>
    </message>
    <message>
        <source>shelf-labels</source>
        <translation>货架标签</translation>
    </message>
</context>
<context>
    <name>LabelPainter</name>
    <message>
        <source>The label of %1 cannot be printed. %2</source>
        <translation>无法打印 %1 的标签。%2</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There are no labels to print: choose at least one.</source>
        <translation>没有要打印的标签：请至少选择一项。</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LeaveRules</name>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation>婚假</translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation>丧假</translation>
    </message>
    <message>
        <source>Comp time off</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>Hospital visit (hours)</source>
        <translation>就医（按小时）</translation>
    </message>
    <message>
        <source>The leave must end after it starts.</source>
        <translation>请假结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Give a reason for the leave (LEAVE-01).</source>
        <translation>请填写请假原因（LEAVE-01）。</translation>
    </message>
    <message>
        <source>A hospital visit is filed for hours within one day; longer is sick leave (LEAVE-02).</source>
        <translation>就医按当天的小时数申请；更长时间请申请病假（LEAVE-02）。</translation>
    </message>
    <message>
        <source>The leave covers no working day.</source>
        <translation>所请假期不含工作日。</translation>
    </message>
    <message>
        <source>This leave has already begun: file it before it starts, or mark it an emergency the supervisor was told of by phone (LEAVE-04).</source>
        <translation>该假期已经开始：请在开始前申请，或注明为已电话告知主管的紧急情况（LEAVE-04）。</translation>
    </message>
    <message>
        <source>Sick leave of more than one day needs a hospital certificate attached (LEAVE-02).</source>
        <translation>病假超过一天须附医院证明（LEAVE-02）。</translation>
    </message>
    <message>
        <source>Marriage leave is %1 days at most (LEAVE-06).</source>
        <translation>婚假最多 %1 天（LEAVE-06）。</translation>
    </message>
    <message>
        <source>Bereavement leave is %1 days at most (LEAVE-06).</source>
        <translation>丧假最多 %1 天（LEAVE-06）。</translation>
    </message>
    <message>
        <source>Comp time off of %1 hours exceeds the %2 hours earned (OT-02).</source>
        <translation>调休 %1 小时超过已积累的 %2 小时（OT-02）。</translation>
    </message>
</context>
<context>
    <name>ListParts</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ListingKind</name>
    <message>
        <source>Put on sale</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Take off sale</source>
        <translation>下架</translation>
    </message>
</context>
<context>
    <name>ListingRules</name>
    <message>
        <source>The product is on sale already.</source>
        <translation>该商品已在售。</translation>
    </message>
    <message>
        <source>The product is not on sale.</source>
        <translation>该商品未在售。</translation>
    </message>
    <message>
        <source>Say why the product should go on sale.</source>
        <translation>请说明上架该商品的原因。</translation>
    </message>
    <message>
        <source>Say why the product should be taken off sale while it is still in stock (PRD-02).</source>
        <translation>该商品仍有库存，请说明下架原因（PRD-02）。</translation>
    </message>
    <message>
        <source>Nothing is in stock: book the receipt first, or the product would be taken off sale at once (PRD-02).</source>
        <translation>该商品没有库存：请先登记入库，否则商品上架后会立即被下架（PRD-02）。</translation>
    </message>
    <message>
        <source>The product has no price yet: it is not put on sale for nothing.</source>
        <translation>该商品尚未定价：不能零价上架。</translation>
    </message>
</context>
<context>
    <name>Listings</name>
    <message>
        <source>%1: %2 %3. %4</source>
        <translation>%1：%2 %3。%4</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has a listing change waiting already (asked by %2).</source>
        <translation>%1 已有一项待处理的上下架申请（申请人：%2）。</translation>
    </message>
    <message>
        <source>The listing change no longer exists.</source>
        <translation>该上下架申请已不存在。</translation>
    </message>
    <message>
        <source>%1 of %2 is %3: only an approved change is carried out (PRD-02).</source>
        <translation>%2 的 %1 申请当前为“%3”：只有已批准的申请才能执行（PRD-02）。</translation>
    </message>
    <message>
        <source>%1 of %2 was carried out from another PC meanwhile.</source>
        <translation>%2 的 %1 申请已在此期间从另一台电脑执行。</translation>
    </message>
</context>
<context>
    <name>LoanKind</name>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
</context>
<context>
    <name>LoanRules</name>
    <message>
        <source>Say what the contract is needed for.</source>
        <translation>请写明借阅用途。</translation>
    </message>
    <message>
        <source>Give the day it comes back, today or later.</source>
        <translation>请填写归还日期（今天或以后）。</translation>
    </message>
    <message>
        <source>An original leaves only in a special case: say which (CON-05).</source>
        <translation>原件只在特殊情况下借出：请写明具体情况（CON-05）。</translation>
    </message>
</context>
<context>
    <name>LoanState</name>
    <message>
        <source>Waiting for signature</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Signed, to hand out</source>
        <translation>已批准，待借出</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
</context>
<context>
    <name>LocalPurchaseAudit</name>
    <message>
        <source>A review accepts the purchase or queries it.</source>
        <translation>审核结果须为认可或提出质询。</translation>
    </message>
    <message>
        <source>Say what is queried about the purchase.</source>
        <translation>请说明对该采购的疑问。</translation>
    </message>
    <message>
        <source>That ledger row is not a local purchase.</source>
        <translation>该台账记录不是部门自购。</translation>
    </message>
</context>
<context>
    <name>MakeUpPunch</name>
    <message>
        <source>Make-up punch %1</source>
        <translation>补卡 %1</translation>
    </message>
    <message>
        <source>Make-up punch at %1: %2</source>
        <translation>补卡时间 %1：%2</translation>
    </message>
    <message>
        <source>Give the date and time of the punch.</source>
        <translation>请填写补卡的日期和时间。</translation>
    </message>
    <message>
        <source>A make-up punch needs a reason (ATT-12).</source>
        <translation>补卡须说明原因（ATT-12）。</translation>
    </message>
    <message>
        <source>A make-up punch cannot be in the future.</source>
        <translation>补卡时间不能晚于现在。</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>没有这名员工。</translation>
    </message>
    <message>
        <source>%1 has used the %2 make-up punches allowed in %3 (ATT-12).</source>
        <translation>%1 已用完 %3 允许的 %2 次补卡（ATT-12）。</translation>
    </message>
    <message>
        <source>Make-up punch for %1, %2</source>
        <translation>%1 补卡，%2</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Copy my changes, then reload</source>
        <translation>复制我的修改，然后重新加载</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 (%2) in this program differs from the one applied to the database. The program or the database was altered; the database is opened read-only.</source>
        <translation>本程序中的迁移 %1（%2）与数据库中已应用的不一致。程序或数据库已被改动；数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>This database has schema version %1, but this program only knows version %2. It is opened read-only; please install the newer ShopDesk.</source>
        <translation>该数据库的结构版本为 %1，而本程序只支持到版本 %2。数据库以只读方式打开，请安装新版 ShopDesk。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>迁移 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>MonthClose</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 已月结。</translation>
    </message>
    <message>
        <source>The cash journal is not closed on %1.</source>
        <translation>以下日期的现金日记账尚未日结：%1。</translation>
    </message>
    <message>
        <source>Payment vouchers wait for signatures or payment: %1.</source>
        <translation>以下付款凭证尚待签字或付款：%1。</translation>
    </message>
    <message>
        <source>The chief accountant has not reviewed %1.</source>
        <translation>主管会计尚未审核 %1。</translation>
    </message>
</context>
<context>
    <name>MonthEnd</name>
    <message>
        <source>%1 has not ended yet.</source>
        <translation>%1 尚未结束。</translation>
    </message>
    <message>
        <source>Only the general manager reopens a closed month (FIN-03).</source>
        <translation>只有总经理才能重新打开已月结的月份（FIN-03）。</translation>
    </message>
    <message>
        <source>Say why the month is reopened.</source>
        <translation>请说明重新打开该月份的原因。</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 尚未月结。</translation>
    </message>
    <message>
        <source>Monthly accounts %1</source>
        <translation>%1 月度账目</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已月结</translation>
    </message>
    <message>
        <source>Not closed yet: figures may still change</source>
        <translation>尚未月结：数字可能还会变动</translation>
    </message>
    <message>
        <source>Payment vouchers</source>
        <translation>付款凭证</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Outstanding advances</source>
        <translation>未结清借款</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借款日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Prepared by (cash accountant)</source>
        <translation>制表（现金会计）</translation>
    </message>
    <message>
        <source>Checked by (chief accountant)</source>
        <translation>复核（主管会计）</translation>
    </message>
    <message>
        <source>Approved by (general manager)</source>
        <translation>批准（总经理）</translation>
    </message>
    <message>
        <source>Against the budget, %1</source>
        <translation>%1 年预算执行</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>Paid this month</source>
        <translation>本月已付</translation>
    </message>
    <message>
        <source>Paid this year</source>
        <translation>本年已付</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <source>Not leaving</source>
        <translation>未离职</translation>
    </message>
    <message>
        <source>Blocked (company property not yet returned)</source>
        <translation>冻结（公司财物尚未交还）</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>可以结算</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>没有这名员工。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of company property not yet returned or written off.</source>
        <translation>
            <numerusform>有 %n 件公司财物尚未交还或核销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the item and the day it was handed out.</source>
        <translation>请填写物品名称和发放日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of property.</source>
        <translation>“%1”不是有效的财物类型。</translation>
    </message>
    <message>
        <source>Say why the item is written off.</source>
        <translation>请说明核销原因。</translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation>没有这件物品。</translation>
    </message>
    <message>
        <source>%1 was already closed by someone else.</source>
        <translation>%1 已由他人处理。</translation>
    </message>
    <message>
        <source>The last working day cannot come before the notice.</source>
        <translation>最后工作日不能早于提出离职的日期。</translation>
    </message>
    <message>
        <source>Someone else saved %1 meanwhile; reload.</source>
        <translation>其他人已保存了 %1 的档案，请刷新。</translation>
    </message>
    <message>
        <source>Only the person&apos;s manager waives the notice (HR-02).</source>
        <translation>只有该员工的经理才能免除通知期要求（HR-02）。</translation>
    </message>
    <message>
        <source>Withheld (notice under 30 days, HR-02)</source>
        <translation>暂缓结算（提前通知不足 30 天，HR-02）</translation>
    </message>
    <message>
        <source>Notice of %1 days is under 30 days: no settlement unless the manager waives it (HR-02).</source>
        <translation>提前 %1 天通知，不足 30 天：除非经理免除，否则不予结算（HR-02）。</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>请说明取消订单的原因。</translation>
    </message>
    <message>
        <source>Give the carrier and the tracking number.</source>
        <translation>请填写承运商和运单号。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写备注内容。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>A refund is more than zero and all refunds at most the order&apos;s total %1 (%2 refunded so far).</source>
        <translation>退款须大于零，且累计退款不超过订单总额 %1（已退 %2）。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>没有订单 %1。</translation>
    </message>
    <message>
        <source>Order number %1 is at more than one channel (%2): open it from the list.</source>
        <translation>订单号 %1 在多个渠道都有（%2）：请从列表中打开。</translation>
    </message>
    <message>
        <source>%1 order %2 is recorded already; read the list or the file again.</source>
        <translation>%1 订单 %2 已记录过；请重新读取列表或文件。</translation>
    </message>
</context>
<context>
    <name>OrderChannel</name>
    <message>
        <source>Taobao/Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Own web shop</source>
        <translation>官网商城</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>行金额</translation>
    </message>
    <message>
        <source>Buyer account</source>
        <translation>买家账号</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Status at the channel</source>
        <translation>渠道状态</translation>
    </message>
</context>
<context>
    <name>OrderEventKind</name>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>已联系客户</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Handed to operations</source>
        <translation>已交运营</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Status at the channel</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OrderFolders</name>
    <message>
        <source>Name the channel whose exports the folder receives.</source>
        <translation>请填写该文件夹接收哪个渠道的导出文件。</translation>
    </message>
    <message>
        <source>%1 is not a folder this PC can reach.</source>
        <translation>%1 不是本机可以访问的文件夹。</translation>
    </message>
    <message>
        <source>Map the columns of %1&apos;s export once (import one of its files) before watching its folder.</source>
        <translation>请先为 %1 的导出文件设置一次列对应（导入它的一个文件），再监视其文件夹。</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be reached.</source>
        <translation>%1：无法访问文件夹 %2。</translation>
    </message>
    <message>
        <source>%1: %2 was read but cannot be moved to %3; it will be read again (nothing is written twice).</source>
        <translation>%1：已读取 %2，但无法移到 %3；下次会再次读取（不会重复写入）。</translation>
    </message>
    <message>
        <source>%1: %2 refused: %3</source>
        <translation>%1：%2 被拒绝：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imported, %n order(s) and status(es) written.</source>
        <translation>
            <numerusform>%1：已导入 %2，写入 %n 个订单和状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1, %2 &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported (the others were):</source>
        <translation>
            <numerusform>%n 行未导入（其余已导入）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imported, %n order(s) and status(es) written; the rows not imported are named in %3.txt</source>
        <translation>
            <numerusform>%1：已导入 %2，写入 %n 个订单和状态；未导入的行列在 %3.txt 中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order %1 changed since the preview; read the file again.</source>
        <translation>预览之后订单 %1 已有变化，请重新读取文件。</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>New orders: %1</source>
        <translation>新订单：%1</translation>
    </message>
    <message>
        <source>New status at the channel: %1</source>
        <translation>平台状态有变化：%1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>无变化：%1</translation>
    </message>
    <message>
        <source>Problems (their rows are not imported): %1</source>
        <translation>有问题（这些行不导入）：%1</translation>
    </message>
    <message>
        <source>%1: say which channel&apos;s columns to read it with.</source>
        <translation>%1：请说明用哪个渠道的列来读取。</translation>
    </message>
    <message>
        <source>Name the channel the orders come from.</source>
        <translation>请填写订单来自的渠道。</translation>
    </message>
    <message>
        <source>%1&apos;s exports are read as they come; they need no columns.</source>
        <translation>%1 的导出文件按原样读取，无需设置列。</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>请选择存放“%1”的列。</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>New since the list last looked</source>
        <translation>上次刷新后新到的订单</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At the channel</source>
        <translation>渠道状态</translation>
    </message>
</context>
<context>
    <name>OrderRecordCheck</name>
    <message>
        <source>Order %1 (audit record %2) is gone: someone removed it behind the program&apos;s back.</source>
        <translation>订单 %1（审计记录 %2）已不存在：有人绕过本程序删除了它。</translation>
    </message>
    <message>
        <source>Order %1 at %2 differs from its audit record %3 in %4: someone changed it behind the program&apos;s back.</source>
        <translation>%2 的订单 %1 与其审计记录 %3 在 %4 上不一致：有人绕过本程序修改了它。</translation>
    </message>
    <message>
        <source>Order %1 has no audit record: it was added behind the program&apos;s back.</source>
        <translation>订单 %1 没有审计记录：它是绕过本程序添加的。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more order problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个订单问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders as recorded: %n order(s), each as its audit record says</source>
        <translation>
            <numerusform>订单与记录一致：%n 个订单，均与其审计记录相符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderRules</name>
    <message>
        <source>An order needs its channel and its order number.</source>
        <translation>订单需要有渠道和订单编号。</translation>
    </message>
    <message>
        <source>An order needs its currency (CNY, USD ...).</source>
        <translation>订单需要有币种（CNY、USD 等）。</translation>
    </message>
    <message>
        <source>An order needs the time it was created.</source>
        <translation>订单需要有创建时间。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>订单至少要有一行商品。</translation>
    </message>
    <message>
        <source>A line&apos;s quantity must be more than zero and its price and discount not negative.</source>
        <translation>商品行的数量须大于零，单价和优惠不能为负。</translation>
    </message>
    <message>
        <source>The shipping and the discount cannot be negative.</source>
        <translation>运费和优惠不能为负。</translation>
    </message>
    <message>
        <source>The lines add up to %1, not the %2 the order says.</source>
        <translation>商品行合计为 %1，与订单所写的 %2 不符。</translation>
    </message>
    <message>
        <source>The total %1 is not the goods %2 and shipping %3 less the discount %4.</source>
        <translation>总额 %1 不等于货款 %2 加运费 %3 减优惠 %4。</translation>
    </message>
    <message>
        <source>%1 cannot follow &quot;%2&quot;.</source>
        <translation>订单处于“%2”，不能登记“%1”。</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>New</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Accepted, to contact</source>
        <translation>已受理，待联系</translation>
    </message>
    <message>
        <source>Contacted, to confirm</source>
        <translation>已联系，待确认</translation>
    </message>
    <message>
        <source>Confirmed, to hand over</source>
        <translation>已确认，待交运营</translation>
    </message>
    <message>
        <source>With operations</source>
        <translation>运营处理中</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>There is no such department; another PC may have changed the list. Refresh.</source>
        <translation>没有这个部门；可能另一台电脑改动了列表。请刷新。</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>部门需要一个名称。</translation>
    </message>
    <message>
        <source>A department&apos;s name has at most %1 characters.</source>
        <translation>部门名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is a department named %1 already.</source>
        <translation>已有名为 %1 的部门。</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>没有这名员工。</translation>
    </message>
    <message>
        <source>%1 is not on the staff (has left, or has not yet joined) and cannot head a department.</source>
        <translation>%1 不在职（已离职或尚未入职），不能担任部门负责人。</translation>
    </message>
</context>
<context>
    <name>PackingSlips</name>
    <message>
        <source>To: %1  %2</source>
        <translation>收货人：%1  %2</translation>
    </message>
    <message>
        <source>Order %1 at %2, %3</source>
        <translation>订单 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Shipping remarks: %1</source>
        <translation>发货备注：%1</translation>
    </message>
    <message>
        <source>Packed by: ____________    Checked by: ____________</source>
        <translation>打包人：____________    复核人：____________</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) in the box</source>
        <translation>
            <numerusform>箱内共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Choose at least one order for its packing slip.</source>
        <translation>请至少选择一个订单来打印发货单。</translation>
    </message>
    <message>
        <source>No packing slip for order %1: %2</source>
        <translation>订单 %1 无法打印发货单：%2</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not start with a digit.</source>
        <translation>密码不能以数字开头。</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>密码必须同时包含字母和数字。</translation>
    </message>
    <message numerus="yes">
        <source>The password must differ from your last %n passwords.</source>
        <translation>
            <numerusform>密码不能与最近 %n 次使用的密码相同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentVoucher</name>
    <message>
        <source>Waiting for signatures</source>
        <translation>等待签字</translation>
    </message>
    <message>
        <source>Signed, to pay</source>
        <translation>已签字，待付款</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
</context>
<context>
    <name>PaymentVouchers</name>
    <message>
        <source>The payment voucher of this approval no longer exists.</source>
        <translation>该审批对应的付款凭证已不存在。</translation>
    </message>
    <message>
        <source>%1 was decided meanwhile.</source>
        <translation>%1 已在此期间被审批。</translation>
    </message>
    <message>
        <source>Pay %1 to %2: %3</source>
        <translation>向 %2 支付 %1：%3</translation>
    </message>
    <message>
        <source>A payment voucher is for an amount above zero.</source>
        <translation>付款凭证的金额须大于零。</translation>
    </message>
    <message>
        <source>A payment voucher names whom to pay.</source>
        <translation>付款凭证须写明收款人。</translation>
    </message>
    <message>
        <source>%1 was already issued for this.</source>
        <translation>已为此开具了 %1。</translation>
    </message>
    <message>
        <source>Give the payment&apos;s reference (bank slip or cash journal line).</source>
        <translation>请填写付款凭据号（银行回单或现金日记账行）。</translation>
    </message>
    <message>
        <source>The payment voucher no longer exists.</source>
        <translation>该付款凭证已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2: only a signed voucher is paid.</source>
        <translation>%1 的状态为“%2”：只有已签字的凭证才能付款。</translation>
    </message>
    <message>
        <source>%1 was paid from another PC meanwhile.</source>
        <translation>%1 已在此期间从另一台电脑付款。</translation>
    </message>
    <message>
        <source>Payment voucher %1: %2 to %3</source>
        <translation>付款凭证 %1：向 %3 支付 %2</translation>
    </message>
</context>
<context>
    <name>PayrollExport</name>
    <message>
        <source>Unpaid days</source>
        <translation>无薪天数</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Adjustment for an earlier month</source>
        <translation>以前月份的调整</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Payroll lines %1</source>
        <translation>%1 工资明细</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Days or hours</source>
        <translation>天数或小时</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overtime at %1% (hours)</source>
        <translation>加班 %1%（小时）</translation>
    </message>
</context>
<context>
    <name>PcKey</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>This PC&apos;s key %1 is damaged.</source>
        <translation>本机密钥 %1 已损坏。</translation>
    </message>
    <message>
        <source>Cannot read this PC&apos;s key %1: %2</source>
        <translation>无法读取本机密钥 %1：%2</translation>
    </message>
    <message>
        <source>Cannot keep this PC&apos;s key in %1: %2</source>
        <translation>无法在 %1 保存本机密钥：%2</translation>
    </message>
    <message>
        <source>The sealed secret is damaged.</source>
        <translation>封存的密钥已损坏。</translation>
    </message>
    <message>
        <source>The secret was sealed for another PC, or changed since.</source>
        <translation>该密钥是为另一台电脑封存的，或已被改动。</translation>
    </message>
    <message>
        <source>This PC has no folder of its own for its key.</source>
        <translation>本机没有可存放其密钥的专属文件夹。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for this PC&apos;s key.</source>
        <translation>无法为本机密钥创建文件夹 %1。</translation>
    </message>
    <message>
        <source>This PC&apos;s key %1 is being made by another program; try again.</source>
        <translation>另一个程序正在生成本机密钥 %1；请重试。</translation>
    </message>
</context>
<context>
    <name>PeopleModule</name>
    <message>
        <source>Employees</source>
        <translation>人员档案</translation>
    </message>
</context>
<context>
    <name>PermissionChange</name>
    <message>
        <source>The user of this request no longer exists.</source>
        <translation>此申请涉及的用户已不存在。</translation>
    </message>
    <message>
        <source>Permissions of %1</source>
        <translation>%1 的权限</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>work areas</source>
        <translation>工作范围</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Reader</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>后台管理员</translation>
    </message>
    <message>
        <source>Database administrator</source>
        <translation>数据库管理员</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>主管领导</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>主管会计</translation>
    </message>
    <message>
        <source>Cash accountant</source>
        <translation>现金会计</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>专管员</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>网站负责人</translation>
    </message>
    <message>
        <source>Product manager</source>
        <translation>产品经理</translation>
    </message>
    <message>
        <source>Web editor</source>
        <translation>网站编辑</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>网站策划</translation>
    </message>
    <message>
        <source>Service supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>People and attendance</source>
        <translation>人事与考勤</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>办公用品</translation>
    </message>
    <message>
        <source>Contract archive</source>
        <translation>合同档案</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>电商</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>You do not have permission for this (%1). Ask a database administrator.</source>
        <translation>您没有此项权限（%1），请联系数据库管理员。</translation>
    </message>
    <message>
        <source>Record phone approvals</source>
        <translation>登记电话审批</translation>
    </message>
    <message>
        <source>One person cannot be both the cash accountant and the chief accountant: cash and books are kept by different people (FIN-02).</source>
        <translation>同一人不能既当现金会计又当主管会计：管钱与管账须由不同的人负责（FIN-02）。</translation>
    </message>
</context>
<context>
    <name>PriceChanges</name>
    <message>
        <source>%1 %2: %3 to %4. Competitors: %5 (lowest %6, average %7, highest %8). %9</source>
        <translation>%1 %2：%3 调至 %4。竞品：%5（最低 %6，平均 %7，最高 %8）。%9</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>Price of %1: %2 to %3</source>
        <translation>%1 的价格：%2 调至 %3</translation>
    </message>
    <message>
        <source>The price change no longer exists.</source>
        <translation>该调价申请已不存在。</translation>
    </message>
    <message>
        <source>The price change of %1 is %2: only an approved change is published (PRD-01).</source>
        <translation>%1 的调价申请当前为“%2”：只有已批准的申请才能发布（PRD-01）。</translation>
    </message>
    <message>
        <source>The price of %1 was published from another PC meanwhile.</source>
        <translation>%1 的价格已在此期间从另一台电脑发布。</translation>
    </message>
    <message>
        <source>%1 has a price change on its way already (asked by %2, %3).</source>
        <translation>%1 已有一份调价申请在办理中（申请人 %2，%3）。</translation>
    </message>
    <message>
        <source>The price of %1 is %2 now, not the %3 the leader approved the change from: ask for a new price change.</source>
        <translation>%1 的现价是 %2，而不是领导批准调价时的 %3：请重新提交调价申请。</translation>
    </message>
</context>
<context>
    <name>PriceRules</name>
    <message>
        <source>Give the new price.</source>
        <translation>请填写新价格。</translation>
    </message>
    <message>
        <source>The new price is the price it has now.</source>
        <translation>新价格与当前价格相同。</translation>
    </message>
    <message>
        <source>Add at least one competitor&apos;s price: a new price is proposed after analysing the competitors (PRD-01).</source>
        <translation>请至少添加一个竞品价格：新价格须在分析竞争对手后提出（PRD-01）。</translation>
    </message>
    <message>
        <source>Give every competitor&apos;s shop and price.</source>
        <translation>请填写每个竞品店铺及其价格。</translation>
    </message>
    <message>
        <source>Say why the price should change.</source>
        <translation>请说明调价原因。</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>No product has the SKU code or barcode &quot;%1&quot;.</source>
        <translation>没有 SKU 编码或条码为“%1”的商品。</translation>
    </message>
    <message>
        <source>The SKU code %1 is already used by %2.</source>
        <translation>SKU 编码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The barcode %1 is already on %2 (%3).</source>
        <translation>条码 %1 已用于 %2（%3）。</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile; reload it and make the change again.</source>
        <translation>其他人已修改了 %1，请重新加载后再修改。</translation>
    </message>
    <message>
        <source>A SKU code is never changed (%1): add a new product instead.</source>
        <translation>SKU 编码不可更改（%1）：请改为新增商品。</translation>
    </message>
</context>
<context>
    <name>ProductImages</name>
    <message>
        <source>%1 is not a picture the web pages show (PNG, JPEG, GIF or WebP).</source>
        <translation>%1 不是网页能显示的图片（PNG、JPEG、GIF 或 WebP）。</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>The picture was removed meanwhile.</source>
        <translation>该图片已被他人删除。</translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>required for a new product</source>
        <translation>新商品必填</translation>
    </message>
    <message>
        <source>already on %1 in the catalogue</source>
        <translation>已用于商品目录中的 %1</translation>
    </message>
    <message>
        <source>the shop&apos;s price is %1; a price changes only through an approved price change (PRD-01)</source>
        <translation>店铺现价为 %1；价格只能通过已批准的调价申请修改（PRD-01）</translation>
    </message>
    <message>
        <source>%1 (%2) was added by someone else since the preview; read the file again.</source>
        <translation>预览之后 %1（%2）已被他人添加，请重新读取文件。</translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since the preview; read the file again.</source>
        <translation>预览之后 %1（%2）已被他人修改，请重新读取文件。</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>有变化：%1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>无变化：%1</translation>
    </message>
    <message>
        <source>Problems (their rows are not imported): %1</source>
        <translation>有问题（这些行不导入）：%1</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Product labels</source>
        <translation>商品标签</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>售价：%1</translation>
    </message>
    <message>
        <source>SKU: %1</source>
        <translation>SKU：%1</translation>
    </message>
    <message>
        <source>Copies per product must be between 1 and %1, not %2.</source>
        <translation>每个商品的份数须在 1 到 %1 之间，不能是 %2。</translation>
    </message>
    <message>
        <source>There are no products to print labels for.</source>
        <translation>没有可打印标签的商品。</translation>
    </message>
    <message>
        <source>No label for %1: %2</source>
        <translation>%1 无法打印标签：%2</translation>
    </message>
</context>
<context>
    <name>ProductListRows</name>
    <message>
        <source>category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>no header row names the SKU code and the title (编码 and 标题)</source>
        <translation>没有标明 SKU 编码和标题（编码 和 标题）的表头行</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>在文件中出现了两次（首次在第 %1 行）</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>not an amount in yuan of 0 or more</source>
        <translation>不是 0 或以上的金额（元）</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>ProductMovementKind</name>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>客户退货</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>盘点调整</translation>
    </message>
</context>
<context>
    <name>ProductRequestState</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, to publish</source>
        <translation>已批准，待发布</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>The barcode &quot;%1&quot; has a character a barcode cannot carry: use digits, letters and signs only.</source>
        <translation>条码“%1”含有条码无法表示的字符：请只使用数字、字母和符号。</translation>
    </message>
    <message>
        <source>The barcode has %1 characters; at most 32 fit a label.</source>
        <translation>条码有 %1 个字符；标签上最多只能容纳 32 个。</translation>
    </message>
    <message>
        <source>The EAN barcode %1 ends in %2, but its check digit is %3: a digit was mistyped.</source>
        <translation>EAN 条码 %1 的末位是 %2，但校验位应为 %3：有数字输错了。</translation>
    </message>
    <message>
        <source>Give the product&apos;s SKU code and title.</source>
        <translation>请填写商品的 SKU 编码和标题。</translation>
    </message>
    <message>
        <source>Choose the product&apos;s category.</source>
        <translation>请选择商品类目。</translation>
    </message>
    <message>
        <source>The cost and the price cannot be negative.</source>
        <translation>成本和价格不能为负数。</translation>
    </message>
    <message>
        <source>The low stock mark cannot be negative.</source>
        <translation>低库存线不能为负数。</translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Off sale</source>
        <translation>已下架</translation>
    </message>
</context>
<context>
    <name>ProductStock</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>The stock of %1 changed meanwhile: %2 on hand now. Check the quantity and book again.</source>
        <translation>%1 的库存在此期间已有变动：当前库存为 %2。请核对数量后重新登记。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Normal delisting: stock reached zero (PRD-02)</source>
        <translation>正常下架：库存为零（PRD-02）</translation>
    </message>
</context>
<context>
    <name>ProductStockRules</name>
    <message>
        <source>Say why the stock moves.</source>
        <translation>请说明库存变动的原因。</translation>
    </message>
    <message>
        <source>An adjustment is the difference found: more or less than zero.</source>
        <translation>盘点调整数量为盘点发现的差额：应大于或小于零。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>Only %1 on hand: %2 cannot leave the stock.</source>
        <translation>库存仅有 %1：无法出库 %2。</translation>
    </message>
</context>
<context>
    <name>PromotionKind</name>
    <message>
        <source>Percentage off</source>
        <translation>折扣（按百分比）</translation>
    </message>
    <message>
        <source>Promotion price</source>
        <translation>促销价</translation>
    </message>
    <message>
        <source>Buy N, pay for M</source>
        <translation>买 N 付 M</translation>
    </message>
</context>
<context>
    <name>PromotionRules</name>
    <message>
        <source>Give the promotion a title.</source>
        <translation>请填写促销活动标题。</translation>
    </message>
    <message>
        <source>Give the first and the last day of the promotion.</source>
        <translation>请填写促销活动的开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The promotion ends before it starts.</source>
        <translation>促销活动的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The promotion&apos;s period is over already.</source>
        <translation>促销活动的期间已经结束。</translation>
    </message>
    <message>
        <source>Choose the products the promotion is for.</source>
        <translation>请选择参加促销活动的商品。</translation>
    </message>
    <message>
        <source>A percentage off is from 1% to 90%.</source>
        <translation>折扣比例须在 1% 到 90% 之间。</translation>
    </message>
    <message>
        <source>Give the promotion price.</source>
        <translation>请填写促销价。</translation>
    </message>
    <message>
        <source>The promotion price %1 is not under the price of every product (the lowest is %2).</source>
        <translation>促销价 %1 未低于所有商品的价格（最低价为 %2）。</translation>
    </message>
    <message>
        <source>&quot;Buy N, pay for M&quot; needs N of 2 or more and M from 1 to N - 1.</source>
        <translation>“买 N 付 M”要求 N 不小于 2，M 在 1 到 N - 1 之间。</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>减 %1%</translation>
    </message>
    <message>
        <source>buy %1, pay for %2</source>
        <translation>买 %1 付 %2</translation>
    </message>
</context>
<context>
    <name>PromotionStage</name>
    <message>
        <source>Proposed, to specify</source>
        <translation>已提出，待细化</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, to publish</source>
        <translation>已批准，待发布</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>Promotions</name>
    <message>
        <source>%1, %2 to %3: %4 on %5. %6</source>
        <translation>%1，%2 至 %3：%4，适用商品：%5。%6</translation>
    </message>
    <message>
        <source>%1 is in the promotion &quot;%2&quot; from %3 to %4 already: one product, one promotion at a time (PRD-03).</source>
        <translation>%1 已参加 %3 至 %4 的促销活动“%2”：同一商品同一时间只能参加一个促销活动（PRD-03）。</translation>
    </message>
    <message>
        <source>A product of the promotion no longer exists.</source>
        <translation>该促销活动中的某个商品已不存在。</translation>
    </message>
    <message>
        <source>The promotion no longer exists.</source>
        <translation>该促销活动已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only a proposal is specified.</source>
        <translation>“%1”当前为“%2”：只有已提出的活动才能细化。</translation>
    </message>
    <message>
        <source>Someone else changed &quot;%1&quot; meanwhile; reload it and specify it again.</source>
        <translation>其他人已修改了“%1”，请重新加载后再细化。</translation>
    </message>
    <message>
        <source>Promotion &quot;%1&quot;</source>
        <translation>促销活动“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only an approved promotion is published (PRD-03).</source>
        <translation>“%1”当前为“%2”：只有已批准的促销活动才能发布（PRD-03）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ended on %2: it is not published any more.</source>
        <translation>“%1”已于 %2 结束：不能再发布。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was published or withdrawn from another PC meanwhile.</source>
        <translation>“%1”已在此期间从另一台电脑发布或撤回。</translation>
    </message>
    <message>
        <source>Only the planner or the product manager withdraws a promotion.</source>
        <translation>只有网站策划或产品经理才能撤回促销活动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is waiting for the leader: its request is withdrawn in Requests.</source>
        <translation>“%1”正在等待领导审批：请到“审批”中撤回该申请。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it cannot be withdrawn.</source>
        <translation>“%1”当前为“%2”：无法撤回。</translation>
    </message>
</context>
<context>
    <name>PunchImport</name>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>New punches: %1</source>
        <translation>新增打卡：%1</translation>
    </message>
    <message>
        <source>Duplicates (less than 60 seconds apart, ATT-12): %1</source>
        <translation>重复打卡（间隔不足 60 秒，ATT-12）：%1</translation>
    </message>
    <message>
        <source>Unknown people: %1, their %2 new punches kept as unmatched</source>
        <translation>未知人员：%1 人，其 %2 条新打卡暂存为未匹配</translation>
    </message>
    <message>
        <source>Bad rows: %1</source>
        <translation>错误行：%1</translation>
    </message>
    <message>
        <source>In months HR confirmed (not imported): %1</source>
        <translation>属于人事已确认月份（未导入）：%1</translation>
    </message>
    <message>
        <source>Attendance for %1 was confirmed on another PC after the preview of %2. Nothing was imported; preview the file again.</source>
        <translation>%2 预览之后，另一台电脑已确认 %1 的考勤。未导入任何记录；请重新预览该文件。</translation>
    </message>
</context>
<context>
    <name>PurchaseDesk</name>
    <message>
        <source>The purchase request of this approval no longer exists.</source>
        <translation>该审批对应的采购申请已不存在。</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1，金额 %2：%3</translation>
    </message>
    <message>
        <source>Say what the purchase is for.</source>
        <translation>请说明采购用途。</translation>
    </message>
    <message>
        <source>Purchase %1: %2 (%3)</source>
        <translation>采购 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Give the delivery date agreed with the supplier (today or later).</source>
        <translation>请填写与供应商约定的到货日期（今天或以后）。</translation>
    </message>
    <message>
        <source>The purchase request no longer exists.</source>
        <translation>该采购申请已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2: only an approved request becomes an order.</source>
        <translation>%1 的状态为“%2”：只有已批准的采购申请才能下单。</translation>
    </message>
    <message>
        <source>%1 was ordered from another PC meanwhile.</source>
        <translation>%1 已在另一台电脑上下单。</translation>
    </message>
    <message>
        <source>The purchase order no longer exists.</source>
        <translation>该采购订单已不存在。</translation>
    </message>
    <message>
        <source>%1 was received on another PC meanwhile; open the order again.</source>
        <translation>%1 已在另一台电脑上办理到货入库，请重新打开订单。</translation>
    </message>
    <message>
        <source>Delivery from %1</source>
        <translation>%1 到货</translation>
    </message>
    <message>
        <source>%1 was decided meanwhile.</source>
        <translation>%1 已在此期间被审批。</translation>
    </message>
</context>
<context>
    <name>PurchaseRules</name>
    <message>
        <source>Add at least one item.</source>
        <translation>请至少添加一种物品。</translation>
    </message>
    <message>
        <source>Choose the item of every line.</source>
        <translation>请为每一行选择物品。</translation>
    </message>
    <message>
        <source>%1 is on two lines; put its quantity on one.</source>
        <translation>%1 出现在两行中，请将数量合并到一行。</translation>
    </message>
    <message>
        <source>%1: enter a quantity between 1 and %2.</source>
        <translation>%1：请输入 1 至 %2 之间的数量。</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation>%1：价格不能为负数。</translation>
    </message>
    <message>
        <source>Record at least the quote of the supplier you order from.</source>
        <translation>请至少登记下单供应商的报价。</translation>
    </message>
    <message>
        <source>Choose the quote you order from.</source>
        <translation>请选择下单所依据的报价。</translation>
    </message>
    <message>
        <source>Every quote needs its supplier and an amount that is not negative.</source>
        <translation>每条报价都须填写供应商，且金额不能为负数。</translation>
    </message>
    <message>
        <source>%1 is quoted twice.</source>
        <translation>%1 的报价登记了两次。</translation>
    </message>
    <message>
        <source>%1 is not the cheapest quote: give the reason for choosing it (SUP-03).</source>
        <translation>%1 的报价不是最低价：请说明选择该供应商的理由（SUP-03）。</translation>
    </message>
    <message>
        <source>%1 has arrived whole and is closed; nothing more can be received on it.</source>
        <translation>%1 已全部到货并已关闭，不能再办理入库。</translation>
    </message>
    <message>
        <source>The delivery names a line that is not on %1.</source>
        <translation>到货中有不属于 %1 的明细行。</translation>
    </message>
    <message>
        <source>%1: a received quantity cannot be negative.</source>
        <translation>%1：到货数量不能为负数。</translation>
    </message>
    <message>
        <source>%1: %2 received, but only %3 are still outstanding on %4.</source>
        <translation>%1：到货 %2，但 %4 中尚未到货的只有 %3。</translation>
    </message>
    <message>
        <source>Enter the quantity that arrived.</source>
        <translation>请输入到货数量。</translation>
    </message>
    <message>
        <source>The agreed prices add up to %1, more than %2&apos;s quote of %3 (SUP-03).</source>
        <translation>约定单价合计 %1，高于 %2 的报价 %3（SUP-03）。</translation>
    </message>
</context>
<context>
    <name>Purchasing</name>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Approved, to order</source>
        <translation>已批准，待下单</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The report has no table to write.</source>
        <translation>报表中没有可写出的表格。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
</context>
<context>
    <name>RequestsModule</name>
    <message>
        <source>Leave and overtime</source>
        <translation>请假与加班</translation>
    </message>
</context>
<context>
    <name>Requisition</name>
    <message>
        <source>Waiting for the custodian</source>
        <translation>等待保管人签字</translation>
    </message>
    <message>
        <source>Signed, to fill</source>
        <translation>已签字，待发放</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>To audit</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已认可</translation>
    </message>
    <message>
        <source>Queried</source>
        <translation>有疑问</translation>
    </message>
</context>
<context>
    <name>RequisitionRules</name>
    <message>
        <source>A requisition has at least one item.</source>
        <translation>领用单至少要有一项物品。</translation>
    </message>
    <message>
        <source>%1 is on the requisition twice.</source>
        <translation>%1 在领用单上出现了两次。</translation>
    </message>
    <message>
        <source>%1: the quantity must be a whole number from 1 to %2.</source>
        <translation>%1：数量须为 1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <source>%1 is %2: there is nothing to sign.</source>
        <translation>%1 的状态为“%2”：无需签字。</translation>
    </message>
    <message>
        <source>%1 has no custodian: the supplies office names one first.</source>
        <translation>%1 没有保管人：请先由办公用品管理处指定。</translation>
    </message>
    <message>
        <source>Only the custodian of %1 signs its requisitions.</source>
        <translation>只有 %1 的保管人才能签署其领用单。</translation>
    </message>
</context>
<context>
    <name>Requisitions</name>
    <message>
        <source>Choose an active user as the custodian.</source>
        <translation>请选择一名在用的用户作为保管人。</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>Say what the supplies are for.</source>
        <translation>请说明领用用途。</translation>
    </message>
    <message>
        <source>The requisition no longer exists.</source>
        <translation>该领用单已不存在。</translation>
    </message>
    <message>
        <source>%1 was signed from another PC meanwhile.</source>
        <translation>%1 已在此期间从另一台电脑签字。</translation>
    </message>
    <message>
        <source>%1 is %2: only a requisition signed by the custodian is filled.</source>
        <translation>%1 的状态为“%2”：只有经保管人签字的领用单才能发放。</translation>
    </message>
    <message>
        <source>None of the items on %1 is on hand.</source>
        <translation>%1 上的物品均无库存。</translation>
    </message>
    <message>
        <source>%1 was filled from another PC meanwhile.</source>
        <translation>%1 已在此期间从另一台电脑发放。</translation>
    </message>
    <message>
        <source>%1 may not sign requisitions: give them the office supplies area at clerk level first.</source>
        <translation>%1 无权签字领用单：请先授予其办公用品模块的办事员权限。</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>数据库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Others are still working in this database: %1. Restore only when everyone else has closed ShopDesk.</source>
        <translation>仍有其他人在使用此数据库：%1。请在其他人都关闭 ShopDesk 后再恢复。</translation>
    </message>
    <message>
        <source>Choose a backup file, not the database itself.</source>
        <translation>请选择备份文件，而不是数据库本身。</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the database.</source>
        <translation>无法将备份复制到数据库所在位置。</translation>
    </message>
    <message>
        <source>The current database could not be saved first, so nothing was restored: %1</source>
        <translation>未能先保存当前数据库，因此没有进行恢复：%1</translation>
    </message>
    <message>
        <source>A program on another PC is still writing (%1 exists). Nothing was restored; try again when everyone has closed ShopDesk.</source>
        <translation>另一台电脑上的程序仍在写入（存在 %1）。未进行恢复；请在所有人关闭 ShopDesk 后重试。</translation>
    </message>
    <message>
        <source>The database file could not be replaced; it is unchanged. Is it open elsewhere?</source>
        <translation>无法替换数据库文件，文件保持原样。是否在别处被打开？</translation>
    </message>
    <message>
        <source>The restore stopped half-way: copy %1 to %2 by hand. The state before the restore is saved as %3.</source>
        <translation>恢复中途停止：请手动将 %1 复制为 %2。恢复前的状态已保存为 %3。</translation>
    </message>
    <message>
        <source>The restored database failed its check: %1</source>
        <translation>恢复后的数据库未通过检查：%1</translation>
    </message>
    <message>
        <source>A company on a server is not restored in its place: move the backup into a new, empty database (shopdeskctl --db BACKUP --user admin transfer --to postgresql://...) and connect to that one.</source>
        <translation>服务器上的公司不能原地恢复：请把备份迁移到一个新建的空数据库（shopdeskctl --db 备份 --user admin transfer --to postgresql://...），然后连接该数据库。</translation>
    </message>
</context>
<context>
    <name>SalesReports</name>
    <message>
        <source>Sales by day</source>
        <translation>按日销售</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>按渠道销售</translation>
    </message>
    <message>
        <source>Sales by SKU</source>
        <translation>按 SKU 销售</translation>
    </message>
    <message>
        <source>Orders of the period</source>
        <translation>期间订单</translation>
    </message>
    <message>
        <source>Give the first and the last day of the report&apos;s period.</source>
        <translation>请给出报表期间的第一天和最后一天。</translation>
    </message>
    <message>
        <source>Orders created %1 to %2 (China&apos;s days)</source>
        <translation>下单时间 %1 至 %2（北京时间）</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>（无 SKU）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>%1: sales %2.</source>
        <translation>%1：销售额 %2。</translation>
    </message>
    <message>
        <source>%1: %2 orders, sales %3, refunded %4, net %5.</source>
        <translation>%1：%2 个订单，销售额 %3，退款 %4，净额 %5。</translation>
    </message>
    <message>
        <source>Each currency apart; cancelled orders add nothing to the sales.</source>
        <translation>各币种分开统计；已取消的订单不计入销售额。</translation>
    </message>
    <message>
        <source>Prepared by (e-commerce assistant)</source>
        <translation>制表（电商助理）</translation>
    </message>
    <message>
        <source>Checked by (department head)</source>
        <translation>审核（部门经理）</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At the channel</source>
        <translation>渠道状态</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), the newest first.</source>
        <translation>
            <numerusform>共 %n 个订单，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <source>Text recognition is not installed: Tesseract&apos;s Simplified Chinese and English data (chi_sim, eng) were not found.</source>
        <translation>未安装文字识别：找不到 Tesseract 的简体中文和英文数据（chi_sim、eng）。</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>无法读取该图片。</translation>
    </message>
    <message>
        <source>Tesseract recognised nothing on the picture.</source>
        <translation>Tesseract 未能从图片中识别出文字。</translation>
    </message>
    <message>
        <source>The file is neither a PDF nor a picture.</source>
        <translation>该文件既不是 PDF 也不是图片。</translation>
    </message>
    <message>
        <source>Reading was stopped.</source>
        <translation>读取已停止。</translation>
    </message>
    <message>
        <source>The PDF could not be read (damaged, or locked with a password).</source>
        <translation>无法读取该 PDF（已损坏或有密码保护）。</translation>
    </message>
    <message>
        <source>Reading was stopped at page %1 of %2.</source>
        <translation>读取在第 %1 页（共 %2 页）处停止。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
</context>
<context>
    <name>SecurityIncident</name>
    <message>
        <source>Virus</source>
        <translation>病毒</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>入侵</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>故障停机</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>请写明发生了什么。</translation>
    </message>
    <message>
        <source>Say when it happened.</source>
        <translation>请写明发生时间。</translation>
    </message>
    <message>
        <source>A time of the incident is still to come.</source>
        <translation>事件的某个时间晚于现在。</translation>
    </message>
    <message>
        <source>It was reported to the partner company before it happened.</source>
        <translation>上报合作公司的时间早于事件发生时间。</translation>
    </message>
    <message>
        <source>Name who reported it to the partner company, and when (WEB-05).</source>
        <translation>请写明由谁、在何时上报合作公司（WEB-05）。</translation>
    </message>
    <message>
        <source>It was resolved before it happened.</source>
        <translation>解决时间早于事件发生时间。</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>请写明如何解决。</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Not reported to the partner</source>
        <translation>未上报合作公司</translation>
    </message>
    <message>
        <source>Reported, open</source>
        <translation>已上报，未解决</translation>
    </message>
</context>
<context>
    <name>SecurityIncidents</name>
    <message>
        <source>The incident is no longer in the log.</source>
        <translation>该事件已不在记录中。</translation>
    </message>
    <message>
        <source>Someone else changed this incident meanwhile; open it again.</source>
        <translation>其他人刚刚修改了该事件，请重新打开。</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Only %1 or a database administrator may set the password of %1 on the server: sign in to the server as yourself.</source>
        <translation>只有 %1 本人或数据库管理员可以设置 %1 在服务器上的密码：请以您自己的身份登录服务器。</translation>
    </message>
    <message>
        <source>Only a database administrator&apos;s own login makes %1 a database administrator on the server.</source>
        <translation>只有数据库管理员本人的登录角色才能在服务器上把 %1 设为数据库管理员。</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Only a database administrator sets up the server&apos;s groups.</source>
        <translation>只有数据库管理员可以设置服务器上的用户组。</translation>
    </message>
    <message>
        <source>Database roles are a server&apos;s: a company file has its users only.</source>
        <translation>数据库角色属于服务器：公司数据库文件只有其用户。</translation>
    </message>
    <message>
        <source>The group %1 could not be made (the database&apos;s owner needs CREATEROLE): %2</source>
        <translation>无法建立用户组 %1（数据库所有者需要 CREATEROLE 权限）：%2</translation>
    </message>
</context>
<context>
    <name>ServiceMonthReport</name>
    <message>
        <source>Customer service monthly report %1</source>
        <translation>客服工作月报 %1</translation>
    </message>
    <message>
        <source>Per agent: orders contacted within 10 minutes of acceptance (ORD-02) and late, feedback recorded, complaints resolved, bad-customer flags proposed (CS-04).</source>
        <translation>按客服统计：受理后 10 分钟内联系的订单（ORD-02）与超时联系的订单、登记的反馈、已解决的投诉、提报的劣质客户（CS-04）。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Contacted in time</source>
        <translation>按时联系</translation>
    </message>
    <message>
        <source>Contacted late</source>
        <translation>超时联系</translation>
    </message>
    <message>
        <source>In time %</source>
        <translation>按时率 %</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>已解决投诉</translation>
    </message>
    <message>
        <source>Flags proposed</source>
        <translation>提报劣质客户</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Nobody contacted an order or recorded feedback this month.</source>
        <translation>本月没有联系订单或登记反馈的记录。</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表</translation>
    </message>
    <message>
        <source>Service supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
</context>
<context>
    <name>ServiceRoster</name>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>400 hotline</source>
        <translation>400 热线</translation>
    </message>
    <message>
        <source>Name the chat agents who answer on working days.</source>
        <translation>请指定工作日负责在线客服的人员。</translation>
    </message>
    <message>
        <source>Name the back-office staff who take the weekend rotation (CS-01).</source>
        <translation>请指定周末轮值的后台客服人员（CS-01）。</translation>
    </message>
    <message>
        <source>Name the duty managers who hold the 400 hotline outside hours (CS-01).</source>
        <translation>请指定非工作时间接听 400 热线的值班经理（CS-01）。</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>A shift needs at least one segment, written like 08:00-11:00.</source>
        <translation>班次至少需要一个时段，写法如 08:00-11:00。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a segment; write it like 08:00-11:00.</source>
        <translation>“%1”不是有效时段，请写成 08:00-11:00 的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>“%1”不是有效的时刻。</translation>
    </message>
    <message>
        <source>The segment %1 ends before it starts.</source>
        <translation>时段 %1 的结束早于开始。</translation>
    </message>
    <message>
        <source>The segment %1 overlaps the one before it.</source>
        <translation>时段 %1 与前一时段重叠。</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>行政班</translation>
    </message>
    <message>
        <source>Main duty</source>
        <translation>主班</translation>
    </message>
    <message>
        <source>Support duty</source>
        <translation>配班</translation>
    </message>
</context>
<context>
    <name>ShopModule</name>
    <message numerus="yes">
        <source>%n approved price or listing change(s) for the web editor to publish</source>
        <translation>
            <numerusform>%n 项已批准的调价或上下架申请待网站编辑发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) on sale at or under their low stock mark</source>
        <translation>
            <numerusform>%n 个在售商品的库存已达到或低于低库存线</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>电商</translation>
    </message>
    <message numerus="yes">
        <source>%n approved web publication(s) to publish</source>
        <translation>
            <numerusform>%n 条已批准的网站内容待发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web publication(s) past their 48 hours</source>
        <translation>
            <numerusform>%n 条网站内容已超过 48 小时未发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security incident(s) not yet reported to the partner company</source>
        <translation>
            <numerusform>%n 条安全事件尚未上报合作公司</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer service now: %1, %2 until %3</source>
        <translation>当前客服：%1，%2，至 %3</translation>
    </message>
</context>
<context>
    <name>ShopReports</name>
    <message>
        <source>Product stock and days of cover</source>
        <translation>商品库存及可售天数</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>调价记录</translation>
    </message>
    <message>
        <source>Listing changes</source>
        <translation>上下架记录</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Product list</source>
        <translation>商品清单</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Give the first and the last day of the report&apos;s period.</source>
        <translation>请填写报表期间的开始日期和结束日期。</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>没有这张报表。</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Sold, 30 days</source>
        <translation>近30天销量</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message numerus="yes">
        <source>Stock value at cost: %1 for %n SKU(s).</source>
        <translation>
            <numerusform>按成本计的库存金额：%1（共 %n 个 SKU）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At or under the low stock mark: %n SKU(s).</source>
        <translation>
            <numerusform>达到或低于低库存线：%n 个 SKU。</numerusform>
        </translation>
    </message>
    <message>
        <source>Days of cover: the stock on hand at the last 30 days&apos; sales less returns; &quot;-&quot;: nothing sold.</source>
        <translation>可售天数：按近30天销量（扣除退货）计算，现有库存可售的天数；“-”表示近30天没有销售。</translation>
    </message>
    <message>
        <source>Prepared by (e-commerce assistant)</source>
        <translation>制表（电商助理）</translation>
    </message>
    <message>
        <source>Checked by (department head)</source>
        <translation>复核（部门负责人）</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>原价格</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <source>Each new price was proposed by the product manager, approved by the leader and published by the web editor (PRD-01).</source>
        <translation>每项新价格均由产品经理提出、领导审批、网站编辑发布（PRD-01）。</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <source>Normal delisting</source>
        <translation>正常下架</translation>
    </message>
    <message>
        <source>Stock reached zero</source>
        <translation>库存为零</translation>
    </message>
    <message>
        <source>Normal delistings at zero stock: %1; every other change went through the leader (PRD-02).</source>
        <translation>库存为零的正常下架：%1 次；其余申请均经领导审批（PRD-02）。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠方式</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Specified by</source>
        <translation>细化人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Proposed by the planner, specified by the product manager, approved by the leader, published by the web editor (PRD-03).</source>
        <translation>由网站策划提出、产品经理细化、领导审批、网站编辑发布（PRD-03）。</translation>
    </message>
</context>
<context>
    <name>ShopRoles</name>
    <message>
        <source>Only the %1 may do this.</source>
        <translation>只有 %1 才能执行此操作。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The database was restored and checked. Sign in again.</source>
        <translation>数据库已恢复并通过检查，请重新登录。</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>The item no longer exists.</source>
        <translation>该物品已不存在。</translation>
    </message>
    <message>
        <source>The stock of %1 changed meanwhile: %2 %3 on hand now. Check the quantity and book again.</source>
        <translation>%1 的库存在此期间已有变动：现存量为 %2 %3。请核对数量后重新登记。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stock is adjusted only by a stocktake that the office head approved.</source>
        <translation>库存只能通过办公室负责人批准的盘点来调整。</translation>
    </message>
</context>
<context>
    <name>StockMovement</name>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issue to a department</source>
        <translation>部门领用</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退库</translation>
    </message>
    <message>
        <source>Local purchase</source>
        <translation>部门自购</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>盘点调整</translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <source>The counted quantity equals the booked one: there is nothing to adjust.</source>
        <translation>盘点数量与账面数量相同，无需调整。</translation>
    </message>
    <message>
        <source>Enter a quantity above zero.</source>
        <translation>请输入大于零的数量。</translation>
    </message>
    <message>
        <source>%1 is more than one movement may carry (%2).</source>
        <translation>%1 超过单笔出入库的数量上限（%2）。</translation>
    </message>
    <message>
        <source>Give the reason for the movement.</source>
        <translation>请填写出入库原因。</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>Enter the unit price.</source>
        <translation>请输入单价。</translation>
    </message>
    <message>
        <source>A unit price is between ¥0.00 and %1.</source>
        <translation>单价须在 ¥0.00 至 %1 之间。</translation>
    </message>
    <message>
        <source>None are on the shelf to value them by: enter the unit price.</source>
        <translation>当前无库存可供计价：请输入单价。</translation>
    </message>
    <message>
        <source>Only %1 on hand; %2 cannot be issued.</source>
        <translation>现存量仅为 %1，无法领用 %2。</translation>
    </message>
    <message>
        <source>Only %1 are booked; the count cannot be below zero.</source>
        <translation>账面数量仅为 %1，盘点数量不能小于零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: use yuan with at most two decimals, such as 12.50, up to %2.</source>
        <translation>“%1”不是有效的价格：请以元为单位，最多两位小数，如 12.50，最高 %2。</translation>
    </message>
    <message>
        <source>Give the number of the local purchase&apos;s receipt.</source>
        <translation>请填写部门自购的票据号。</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已入账</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>StocktakeDesk</name>
    <message>
        <source>The stocktake of this approval no longer exists.</source>
        <translation>此审批对应的盘点已不存在。</translation>
    </message>
    <message>
        <source>%1 was decided meanwhile.</source>
        <translation>%1 已在此期间被审批。</translation>
    </message>
    <message>
        <source>Stocktake: %1</source>
        <translation>盘点：%1</translation>
    </message>
    <message>
        <source>%1 cannot be booked: %2, %3</source>
        <translation>%1 无法入账：%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) to book</source>
        <translation>
            <numerusform>%1：%n 项差异待入账</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no item in %1 to count.</source>
        <translation>%1 中没有可盘点的物品。</translation>
    </message>
    <message>
        <source>The stocktake no longer exists.</source>
        <translation>该盘点已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2: its counts can no longer change.</source>
        <translation>%1 的状态为“%2”：盘点数量已不能修改。</translation>
    </message>
    <message>
        <source>That item is not on %1.</source>
        <translation>该物品不在 %1 上。</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1: %n difference(s)</source>
        <translation>
            <numerusform>盘点 %1：%n 项差异</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was sent from another PC meanwhile.</source>
        <translation>%1 已在此期间从另一台电脑提交。</translation>
    </message>
    <message>
        <source>Stocktake count sheet %1</source>
        <translation>盘点表 %1</translation>
    </message>
    <message>
        <source>%1, booked quantities as of %2</source>
        <translation>%1，账面数量截至 %2</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) counted; state: %2.</source>
        <translation>
            <numerusform>共 %n 行，已盘 %1 行；状态：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Office head</source>
        <translation>办公室负责人</translation>
    </message>
    <message>
        <source>%1 (%2) is still open over the same items; finish it first.</source>
        <translation>%1（%2）尚未结束，且包含相同的物品；请先完成它。</translation>
    </message>
</context>
<context>
    <name>StocktakeRules</name>
    <message>
        <source>%1 is %2; only a stocktake being counted goes for approval.</source>
        <translation>%1 的状态为“%2”；只有盘点中的盘点表才能提交审批。</translation>
    </message>
    <message>
        <source>%1 (%2) is not counted yet.</source>
        <translation>%1（%2）尚未盘点。</translation>
    </message>
    <message>
        <source>%1: %2 counted against %3 booked; give the reason for the difference.</source>
        <translation>%1：实盘 %2，账面 %3；请填写差异原因。</translation>
    </message>
    <message>
        <source>A counted quantity is between 0 and %1.</source>
        <translation>实盘数量应在 0 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>SupplierInvoice</name>
    <message>
        <source>Matched</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>Difference waiting for approval</source>
        <translation>差异待审批</translation>
    </message>
    <message>
        <source>Difference approved</source>
        <translation>差异已批准</translation>
    </message>
    <message>
        <source>Difference rejected</source>
        <translation>差异已驳回</translation>
    </message>
</context>
<context>
    <name>SuppliesDemo</name>
    <message>
        <source>The demo company has no departments.</source>
        <translation>示例公司没有任何部门。</translation>
    </message>
</context>
<context>
    <name>SuppliesModule</name>
    <message numerus="yes">
        <source>%n supply item(s) at or under the reorder point</source>
        <translation>
            <numerusform>有 %n 种办公用品的库存已到或低于补货点</numerusform>
        </translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>办公用品</translation>
    </message>
</context>
<context>
    <name>SuppliesReports</name>
    <message>
        <source>Office supplies on hand</source>
        <translation>办公用品库存表</translation>
    </message>
    <message>
        <source>Office supplies used by department</source>
        <translation>各部门办公用品领用表</translation>
    </message>
    <message>
        <source>Open purchase orders</source>
        <translation>未结采购订单</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>没有这张报表。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), worth %1 at moving average cost (SUP-07).</source>
        <translation>
            <numerusform>共 %n 种物品，按移动加权平均成本计价值 %1（SUP-07）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Office head</source>
        <translation>办公室负责人</translation>
    </message>
    <message>
        <source>%1 to %2, at the value the supplies left the shelf (SUP-06)</source>
        <translation>%1 至 %2，按出库时的金额计（SUP-06）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Issues less returns, local purchases included, in yuan.</source>
        <translation>领用减去退库，含部门自购，单位：元。</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到数量</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未到数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s), %1 overdue.</source>
        <translation>
            <numerusform>共 %n 张未结订单，其中 %1 张逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplier invoices with a difference</source>
        <translation>存在差异的供应商发票</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What does not match</source>
        <translation>不相符之处</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) for %1 wait for the supervisor and the department manager (SUP-04).</source>
        <translation>
            <numerusform>%1 的 %n 张发票正等待直接主管和部门负责人审批（SUP-04）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplyCatalogue</name>
    <message>
        <source>The item no longer exists.</source>
        <translation>该物品已不存在。</translation>
    </message>
    <message>
        <source>No item has the code &quot;%1&quot;.</source>
        <translation>没有编码为“%1”的物品。</translation>
    </message>
    <message>
        <source>Give the item&apos;s code, name and unit.</source>
        <translation>请填写物品的编码、名称和单位。</translation>
    </message>
    <message>
        <source>Choose the item&apos;s category.</source>
        <translation>请选择物品类别。</translation>
    </message>
    <message>
        <source>The reorder point and the lead time cannot be negative.</source>
        <translation>补货点和交货周期不能为负数。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>编码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile; reload it and make the change again.</source>
        <translation>其他人已修改了 %1，请重新加载后再修改。</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s name.</source>
        <translation>请填写供应商名称。</translation>
    </message>
    <message>
        <source>There is already a supplier named %1.</source>
        <translation>已有名为 %1 的供应商。</translation>
    </message>
    <message>
        <source>The supplier no longer exists.</source>
        <translation>该供应商已不存在。</translation>
    </message>
</context>
<context>
    <name>SupplyImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>有变化：%1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>无变化：%1</translation>
    </message>
    <message>
        <source>Problems (their rows are not imported): %1</source>
        <translation>有问题（这些行不导入）：%1</translation>
    </message>
    <message>
        <source>preferred supplier</source>
        <translation>首选供应商</translation>
    </message>
    <message>
        <source>no supplier of this name; import the supplier list first</source>
        <translation>没有此名称的供应商；请先导入供应商列表</translation>
    </message>
    <message>
        <source>%1 (%2) was added by someone else since the preview; read the file again.</source>
        <translation>预览之后 %1（%2）已被他人添加，请重新读取文件。</translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since the preview; read the file again.</source>
        <translation>预览之后 %1（%2）已被他人修改，请重新读取文件。</translation>
    </message>
    <message>
        <source>%1 was added by someone else since the preview; read the file again.</source>
        <translation>预览之后 %1 已被他人添加，请重新读取文件。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since the preview; read the file again.</source>
        <translation>预览之后 %1 的档案已被他人修改，请重新读取文件。</translation>
    </message>
</context>
<context>
    <name>SupplyListRows</name>
    <message>
        <source>no header row names the code and the name (编码 and 名称)</source>
        <translation>没有标明编码和名称（编码 和 名称）的表头行</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>在文件中出现了两次（首次在第 %1 行）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>required: items are kept by category (SUP-08)</source>
        <translation>必填：物品按类别管理（SUP-08）</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>not a whole number from 0 to 1,000,000</source>
        <translation>不是 0 至 1,000,000 之间的整数</translation>
    </message>
    <message>
        <source>lead time days</source>
        <translation>采购周期天数</translation>
    </message>
    <message>
        <source>not a whole number of days from 0 to 365</source>
        <translation>不是 0 至 365 之间的整天数</translation>
    </message>
    <message>
        <source>no header row names the supplier (名称 or 供应商)</source>
        <translation>没有标明供应商（名称 或 供应商）的表头行</translation>
    </message>
</context>
<context>
    <name>TimeRequests</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Comp time off</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>Out of office %1</source>
        <translation>因公外出 %1</translation>
    </message>
    <message>
        <source>Overtime %1</source>
        <translation>加班 %1</translation>
    </message>
    <message>
        <source>Rest-day overtime</source>
        <translation>休息日加班</translation>
    </message>
    <message>
        <source> (filed late, LEAVE-01)</source>
        <translation>（申请过晚，LEAVE-01）</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>，地点：%1</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>没有这名员工。</translation>
    </message>
    <message>
        <source>An extension extends an approved leave of the same person.</source>
        <translation>续假只能延续同一人已批准的假期。</translation>
    </message>
    <message>
        <source>The leave ended on %1: an extension must be asked for before it ends (LEAVE-04).</source>
        <translation>该假期已于 %1 结束：续假须在假期结束前申请（LEAVE-04）。</translation>
    </message>
    <message>
        <source>An extension starts where the leave ends (%1).</source>
        <translation>续假须从原假期结束时（%1）开始。</translation>
    </message>
    <message>
        <source>This leave overlaps request %1 (%2 – %3).</source>
        <translation>该假期与申请 %1（%2 – %3）重叠。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Extension: %1 for %2, %3, %4</source>
        <translation>续假：%2 %1，%3，%4</translation>
    </message>
    <message>
        <source>%1 for %2, %3, %4</source>
        <translation>%2 %1，%3，%4</translation>
    </message>
    <message>
        <source>The time out of the office must end after it starts.</source>
        <translation>外出结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Say where and why (ATT-07).</source>
        <translation>请填写外出地点和事由（ATT-07）。</translation>
    </message>
    <message>
        <source>Out of office: %1, %2, %3</source>
        <translation>因公外出：%1，%2，%3</translation>
    </message>
    <message>
        <source>Overtime is filed for a time range within one day.</source>
        <translation>加班须按当天内的时间段申请。</translation>
    </message>
    <message>
        <source>Say what the overtime was for (OT-01).</source>
        <translation>请填写加班事由（OT-01）。</translation>
    </message>
    <message>
        <source>Overtime: %1, %2, %3 h (%4)</source>
        <translation>加班：%1，%2，%3 小时（%4）</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>因公外出</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
</context>
<context>
    <name>TravellerRows</name>
    <message>
        <source>no header row names the traveller (姓名)</source>
        <translation>没有一行表头给出游客（姓名）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>在文件中出现两次（首次在第 %1 行）</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>%1 saved this user at %2.</source>
        <translation>%1 于 %2 保存了该用户。</translation>
    </message>
    <message>
        <source>%1 is the last active database administrator; make someone else one first.</source>
        <translation>%1 是最后一位在用的数据库管理员，请先指定其他人为数据库管理员。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>用户名“%1”无效：请使用 2 至 32 个字母、数字、“.”、“_”或“-”，并以字母开头。</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>Someone else changed this user after you opened it. %1 Reload and make your change again.</source>
        <translation>在您打开后，他人已修改了该用户。%1 请重新加载后再修改。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>Someone else changed this user at the same moment; try again.</source>
        <translation>他人同时修改了该用户，请重试。</translation>
    </message>
    <message>
        <source>A handover needs who worked under the name, why, and the department head who agreed.</source>
        <translation>交接记录须写明谁以该用户名工作、原因以及同意的部门负责人。</translation>
    </message>
</context>
<context>
    <name>VaultCipher</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>The secret does not open with the vault key: it was changed in the file.</source>
        <translation>该密码无法用保险库密钥打开：文件中的数据已被改动。</translation>
    </message>
    <message numerus="yes">
        <source>A vault passphrase has at least %n character(s).</source>
        <translation>
            <numerusform>保险库口令至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to protect the vault passphrase.</source>
        <translation>内存不足，无法保护保险库口令。</translation>
    </message>
    <message>
        <source>Not enough memory to check the vault passphrase.</source>
        <translation>内存不足，无法校验保险库口令。</translation>
    </message>
    <message>
        <source>That is not your vault passphrase.</source>
        <translation>这不是您的保险库口令。</translation>
    </message>
    <message>
        <source>Your copy of the vault key is not whole.</source>
        <translation>您的保险库密钥副本不完整。</translation>
    </message>
    <message>
        <source>Your copy of the vault key does not open with your key: it was changed in the file.</source>
        <translation>您的保险库密钥副本无法用您的密钥打开：文件中的数据已被改动。</translation>
    </message>
</context>
<context>
    <name>VaultEntry</name>
    <message>
        <source>Site back office</source>
        <translation>网站后台</translation>
    </message>
    <message>
        <source>Community back office</source>
        <translation>社区后台</translation>
    </message>
    <message>
        <source>Payment account</source>
        <translation>支付账户</translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation>网上银行</translation>
    </message>
    <message>
        <source>Domain registration</source>
        <translation>域名注册</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>商标</translation>
    </message>
    <message>
        <source>Company mail</source>
        <translation>企业邮箱</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>博客</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Choose what kind of account it is.</source>
        <translation>请选择账号类别。</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>请填写账号名称。</translation>
    </message>
    <message>
        <source>Name at least one keeper of the account.</source>
        <translation>请至少指定一位该账号的保管人。</translation>
    </message>
</context>
<context>
    <name>WebFileLimits</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a picture for the web pages has at most %3 bytes (500 KB, WEB-04). Make it smaller and add it again.</source>
        <translation>%1 有 %2 字节；网页图片最多 %3 字节（500 KB，WEB-04）。请压缩后重新添加。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a video for the web pages has at most %3 bytes (30 MB, WEB-04).</source>
        <translation>%1 有 %2 字节；网页视频最多 %3 字节（30 MB，WEB-04）。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a document for the web pages has at most %3 bytes (1 MB, WEB-04).</source>
        <translation>%1 有 %2 字节；网页文档最多 %3 字节（1 MB，WEB-04）。</translation>
    </message>
</context>
<context>
    <name>WebPublication</name>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Product information</source>
        <translation>产品信息</translation>
    </message>
    <message>
        <source>Yearly home page review</source>
        <translation>年度首页审定</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, to publish</source>
        <translation>已批准，待发布</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Give the publication a title.</source>
        <translation>请填写发布标题。</translation>
    </message>
    <message>
        <source>Write what is to be published, or attach it.</source>
        <translation>请填写发布内容，或附上文件。</translation>
    </message>
    <message>
        <source>%1 is attached twice.</source>
        <translation>%1 附了两次。</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>WebPublishing</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>Confidential or copyrighted material (WEB-03).</source>
        <translation>涉密或有版权的内容（WEB-03）。</translation>
    </message>
    <message>
        <source>Files: %1.</source>
        <translation>文件：%1。</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes)</source>
        <translation>%1（%L2 字节）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>The publication no longer exists.</source>
        <translation>该发布申请已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only an approved publication is published.</source>
        <translation>“%1”%2：只有已批准的内容才能发布。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was published from another PC meanwhile.</source>
        <translation>“%1”刚刚已在另一台电脑上发布。</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>该文件已不存在。</translation>
    </message>
</context>
<context>
    <name>WebShopOrders</name>
    <message>
        <source>not an amount of 0 or more</source>
        <translation>不是大于等于 0 的金额</translation>
    </message>
    <message>
        <source>not a whole number from 1 to 1,000,000</source>
        <translation>不是 1 到 1,000,000 之间的整数</translation>
    </message>
    <message>
        <source>not a date and time such as 2026-10-12T10:00:00</source>
        <translation>不是 2026-10-12T10:00:00 这样的日期时间</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not a currency code such as CNY</source>
        <translation>不是 CNY 这样的币种代码</translation>
    </message>
    <message>
        <source>no line items</source>
        <translation>没有商品行</translation>
    </message>
    <message>
        <source>more than the line&apos;s subtotal</source>
        <translation>超过该行小计</translation>
    </message>
    <message>
        <source>less than its line items (%1)</source>
        <translation>少于其商品行合计（%1）</translation>
    </message>
    <message>
        <source>less than its line items (%1) after the discount</source>
        <translation>少于其商品行扣除优惠后的合计（%1）</translation>
    </message>
    <message>
        <source>%1 is not a web address such as https://shop.example.com.</source>
        <translation>%1 不是 https://shop.example.com 这样的网址。</translation>
    </message>
    <message>
        <source>%1 must begin with https://: the key goes with every request.</source>
        <translation>%1 必须以 https:// 开头：每次请求都会携带密钥。</translation>
    </message>
    <message>
        <source>the answer is not JSON (at byte %1: %2)</source>
        <translation>返回内容不是 JSON（第 %1 字节：%2）</translation>
    </message>
    <message>
        <source>the answer is not a list of orders</source>
        <translation>返回内容不是订单列表</translation>
    </message>
    <message>
        <source>the answer has no &quot;orders&quot; list</source>
        <translation>返回内容没有 &quot;orders&quot; 列表</translation>
    </message>
    <message>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>not an order</source>
        <translation>不是订单</translation>
    </message>
    <message>
        <source>Give the shop&apos;s address alone (%1), without a user, a password or a query: the key has fields of its own.</source>
        <translation>请只填写网店地址（%1），不要包含用户名、密码或查询参数：密钥另有专门的栏位。</translation>
    </message>
</context>
<context>
    <name>WebShops</name>
    <message>
        <source>Name the channel the web shop&apos;s orders belong to.</source>
        <translation>请填写网店订单所属的渠道。</translation>
    </message>
    <message>
        <source>Give the shop&apos;s consumer key and consumer secret (WooCommerce &gt; Settings &gt; Advanced &gt; REST API, read access).</source>
        <translation>请填写网店的 Consumer key 和 Consumer secret（WooCommerce &gt; 设置 &gt; 高级 &gt; REST API，读取权限）。</translation>
    </message>
    <message>
        <source>Give the store&apos;s Admin API access token (with the read_orders scope).</source>
        <translation>请填写店铺的 Admin API 访问令牌（需 read_orders 权限）。</translation>
    </message>
    <message>
        <source>Give the consumer key and the consumer secret, both.</source>
        <translation>Consumer key 和 Consumer secret 都要填写。</translation>
    </message>
    <message>
        <source>The secret could not be sealed.</source>
        <translation>密钥无法封存。</translation>
    </message>
    <message>
        <source>No web shop feeds the channel %1.</source>
        <translation>渠道 %1 没有设置网店。</translation>
    </message>
    <message>
        <source>The web shop of %1 is pulled by the PC %2; to pull it here, give its key again on this PC.</source>
        <translation>%1 的网店由电脑 %2 拉取；要在本机拉取，请在本机重新填写密钥。</translation>
    </message>
    <message>
        <source>order %1 of the pull, %2 &quot;%3&quot;: %4</source>
        <translation>本次拉取的第 %1 个订单，%2“%3”：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new order(s)</source>
        <translation>
            <numerusform>%1：%n 个新订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new status(es)</source>
        <translation>
            <numerusform>，%n 个新状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not taken:</source>
        <translation>
            <numerusform>%n 个订单未导入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>This is not an .xlsx workbook (it is not a zip file).</source>
        <translation>这不是 .xlsx 工作簿（不是 zip 文件）。</translation>
    </message>
    <message>
        <source>The workbook could not be copied to a temporary file.</source>
        <translation>无法将工作簿复制到临时文件。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its zip structure cannot be read.</source>
        <translation>工作簿已损坏：无法读取其 zip 结构。</translation>
    </message>
    <message>
        <source>The workbook is too large to read (over 64 MB of XML).</source>
        <translation>工作簿过大，无法读取（XML 超过 64 MB）。</translation>
    </message>
    <message>
        <source>The workbook has no first worksheet (xl/worksheets/sheet1.xml).</source>
        <translation>工作簿中没有第一个工作表（xl/worksheets/sheet1.xml）。</translation>
    </message>
    <message>
        <source>The worksheet&apos;s XML is damaged at line %1: %2</source>
        <translation>工作表的 XML 在第 %1 行损坏：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ZkTecoAttlog</name>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>expected tab-separated PIN and time</source>
        <translation>应为以制表符分隔的考勤号和时间</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>考勤号</translation>
    </message>
    <message>
        <source>empty or too long</source>
        <translation>为空或过长</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>不是日期时间（YYYY-MM-DD HH:MM:SS）</translation>
    </message>
    <message>
        <source>device</source>
        <translation>机器号</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>work code</source>
        <translation>工作代码</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
</context>
<context>
    <name>ZkTimeExport</name>
    <message>
        <source>header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>no 考勤号码 and 日期时间 columns: not a ZKTime export, or the wrong encoding</source>
        <translation>没有“考勤号码”和“日期时间”列：不是 ZKTime 导出文件，或编码选择有误</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
</context>
<context>
    <name>shopdesk::AdminPanel</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Policy and database</source>
        <translation>策略与数据库</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Connections and backups</source>
        <translation>连接与备份</translation>
    </message>
</context>
<context>
    <name>shopdesk::AllowanceBillImportDialog</name>
    <message>
        <source>Import phone bills</source>
        <translation>导入话费</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Bill so far</source>
        <translation>已录话费</translation>
    </message>
    <message>
        <source>Bill in the file</source>
        <translation>文件中的话费</translation>
    </message>
    <message>
        <source>Import phone bills of %1 from %2</source>
        <translation>从 %2 导入 %1 的话费</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bills to enter (%1)</source>
        <translation>待录入话费（%1）</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rows with a problem are not imported; correct them in the file and import it again. The sheet pays the lesser of bill and cap (FIN-10).</source>
        <translation>有问题的行不会导入；请在文件中改正后重新导入。补贴表按话费与上限中较低者支付（FIN-10）。</translation>
    </message>
</context>
<context>
    <name>shopdesk::AllowancesPage</name>
    <message>
        <source>Enter the phone &amp;bill...</source>
        <translation>录入话费(&amp;B)...</translation>
    </message>
    <message>
        <source>Set a &amp;rule...</source>
        <translation>设置标准(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Post to payroll...</source>
        <translation>计入工资(&amp;P)...</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone bill</source>
        <translation>话费</translation>
    </message>
    <message>
        <source>Phone allowance</source>
        <translation>话费补贴</translation>
    </message>
    <message>
        <source>Meal allowance</source>
        <translation>餐费补贴</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Phone cap</source>
        <translation>话费上限</translation>
    </message>
    <message>
        <source>Meal per day</source>
        <translation>每日餐费</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Allowance sheet</source>
        <translation>补贴表</translation>
    </message>
    <message>
        <source>Rules per position</source>
        <translation>各职位补贴标准</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>actual cost</source>
        <translation>按实际话费</translation>
    </message>
    <message>
        <source>Posted to payroll.</source>
        <translation>已计入工资。</translation>
    </message>
    <message>
        <source>Not posted yet.</source>
        <translation>尚未计入工资。</translation>
    </message>
    <message>
        <source>Choose the person on the sheet first.</source>
        <translation>请先在补贴表中选择人员。</translation>
    </message>
    <message>
        <source>%1&apos;s phone bill for %2 (yuan):</source>
        <translation>%1 的 %2 话费（元）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>Allowance rule</source>
        <translation>补贴标准</translation>
    </message>
    <message>
        <source>Position (as on the employee records):</source>
        <translation>职位（与员工档案一致）：</translation>
    </message>
    <message>
        <source>Phone cap a month in yuan (empty: the actual bill):</source>
        <translation>每月话费上限（元，留空则按实际话费）：</translation>
    </message>
    <message>
        <source>Meal allowance a day in yuan:</source>
        <translation>每日餐费补贴（元）：</translation>
    </message>
    <message>
        <source>Meal allowance days a month:</source>
        <translation>每月餐费补贴天数：</translation>
    </message>
    <message>
        <source>Post the allowance sheet</source>
        <translation>补贴表计入工资</translation>
    </message>
    <message>
        <source>Post the allowances of %1 to payroll? Bills cannot be changed afterwards.</source>
        <translation>将 %1 的补贴计入工资？计入后话费不能再修改。</translation>
    </message>
    <message>
        <source>&amp;Import bills...</source>
        <translation>导入话费(&amp;I)...</translation>
    </message>
    <message>
        <source>Import phone bills</source>
        <translation>导入话费</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>清单 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No allowance rules yet. Give each position its phone cap and meal allowance with Set a rule...</source>
        <translation>还没有补贴标准。用“设置标准...”为每个岗位设定话费上限和餐补。</translation>
    </message>
</context>
<context>
    <name>shopdesk::AmountLine</name>
    <message>
        <source>yuan, such as 120.50</source>
        <translation>单位为元，如 120.50</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
</context>
<context>
    <name>shopdesk::AttendancePanel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>考勤制度</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>奖惩记录</translation>
    </message>
</context>
<context>
    <name>shopdesk::AuditPage</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Action or record</source>
        <translation>操作或记录</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>谁：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>什么：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Select a record to see what it changed.</source>
        <translation>选择一条记录以查看其改动内容。</translation>
    </message>
    <message>
        <source>Record %1, %2 by %3
Before:
%4
After:
%5
Hash: %6</source>
        <translation>记录 %1，%3 执行 %2
修改前：
%4
修改后：
%5
哈希：%6</translation>
    </message>
</context>
<context>
    <name>shopdesk::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>对象编号</translation>
    </message>
</context>
<context>
    <name>shopdesk::AuditsPage</name>
    <message>
        <source>Archive</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>Mark &amp;missing...</source>
        <translation>标记缺失(&amp;M)...</translation>
    </message>
    <message>
        <source>Mark &amp;damaged...</source>
        <translation>标记损坏(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>Scan a label or type a contract number, then Enter: present</source>
        <translation>扫描标签或输入合同编号后回车：标记为在档</translation>
    </message>
    <message>
        <source>Scanned number</source>
        <translation>扫描的编号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>No check of this archive is open.</source>
        <translation>该档案室没有进行中的核查。</translation>
    </message>
    <message>
        <source>The last one closed on %1: six months have passed (CON-02).</source>
        <translation>上次核查于 %1 结束：已满六个月（CON-02）。</translation>
    </message>
    <message>
        <source>It has never been checked (CON-02).</source>
        <translation>从未核查过（CON-02）。</translation>
    </message>
    <message>
        <source>Check started %1: %2 of %3 contracts marked; %4 missing, %5 damaged.</source>
        <translation>核查于 %1 开始：已核对 %2/%3 份；缺失 %4 份，损坏 %5 份。</translation>
    </message>
    <message>
        <source>Start a check</source>
        <translation>开始核查</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What the investigation found (may follow later):</source>
        <translation>调查结果（可稍后填写）：</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>（尚不清楚）</translation>
    </message>
    <message>
        <source>Held responsible (CON-02):</source>
        <translation>责任人（CON-02）：</translation>
    </message>
    <message>
        <source>Close the check</source>
        <translation>结束核查</translation>
    </message>
    <message>
        <source>Close the check of %1? It then stays as it is, for good.</source>
        <translation>结束 %1 的核查吗？结束后记录永久保存，不能再改。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Star&amp;t a check</source>
        <translation>开始核查(&amp;T)</translation>
    </message>
    <message>
        <source>Cl&amp;ose the check</source>
        <translation>结束核查(&amp;O)</translation>
    </message>
    <message>
        <source>This archive has not been checked yet.</source>
        <translation>该档案室尚未核查过。</translation>
    </message>
    <message>
        <source>Closed %1 (started %2)</source>
        <translation>%1 结束（%2 开始）</translation>
    </message>
    <message>
        <source>Open, started %1</source>
        <translation>进行中，%1 开始</translation>
    </message>
    <message>
        <source>Check closed %1, a permanent record: %2 contracts, %3 missing, %4 damaged.</source>
        <translation>核查已于 %1 结束，为永久记录：共 %2 份合同，缺失 %3 份，损坏 %4 份。</translation>
    </message>
    <message>
        <source>This archive has not been checked yet. Contracts clerks start a check with Start a check.</source>
        <translation>本档案尚未核查过。合同管理员点击“开始核查”开始一次核查。</translation>
    </message>
</context>
<context>
    <name>shopdesk::AwayCalendarModel</name>
    <message>
        <source>%1, %2 to %3%4</source>
        <translation>%1，%2 至 %3%4</translation>
    </message>
    <message>
        <source> (waiting for approval)</source>
        <translation>（等待审批）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>shopdesk::BudgetSheetDialog</name>
    <message>
        <source>Budget sheet of %1</source>
        <translation>%1 的计调预算单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Add a line...</source>
        <translation>添加一项(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Total %1, the most the guide may be lent; lent so far %2.</source>
        <translation>合计 %1，即导游借款上限；已借 %2。</translation>
    </message>
    <message>
        <source>Item (coach, hotel, meals, tickets...):</source>
        <translation>项目（大巴、住宿、餐费、门票……）：</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Take &quot;%1&quot; (%2) off the budget sheet of %3?</source>
        <translation>从 %3 的预算单中删除“%1”（%2）吗？</translation>
    </message>
</context>
<context>
    <name>shopdesk::BudgetsPage</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>%1 %2, %3: paid by month against a twelfth of the budget</source>
        <translation>%1 %2，%3 年：每月支出与预算的十二分之一对比</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Budget ÷ 12</source>
        <translation>预算 ÷ 12</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>%1 年预算项</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Category (such as 办公费):</source>
        <translation>类别（如办公费）：</translation>
    </message>
    <message>
        <source>Budget for the year (yuan):</source>
        <translation>全年预算（元）：</translation>
    </message>
    <message>
        <source>No budget for this year. Finance clerks set each department&apos;s budget with Set a line...; or change the year.</source>
        <translation>本年度还没有预算。财务人员用“设置预算项...”设置各部门预算；或者换一个年度。</translation>
    </message>
    <message>
        <source>Set a &amp;line...</source>
        <translation>设置预算项(&amp;L)...</translation>
    </message>
</context>
<context>
    <name>shopdesk::CalendarPage</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Mark a day...</source>
        <translation>设置日期...</translation>
    </message>
    <message>
        <source>Back to the work week</source>
        <translation>恢复按工作周</translation>
    </message>
    <message>
        <source>Import a year...</source>
        <translation>导入年度日历...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Days the calendar names; every other day follows the work week (Monday to Friday unless the attendance policy says otherwise).</source>
        <translation>日历中列出的日期；其他日期按工作周计算（除考勤制度另有规定外为周一至周五）。</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Mark a day</source>
        <translation>设置日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Day type:</source>
        <translation>日期类型：</translation>
    </message>
    <message>
        <source>Holiday name:</source>
        <translation>节日名称：</translation>
    </message>
    <message>
        <source>Select a day in the list first.</source>
        <translation>请先在列表中选择一天。</translation>
    </message>
    <message>
        <source>Let %1 follow the work week again?</source>
        <translation>让 %1 重新按工作周计算吗？</translation>
    </message>
    <message>
        <source>Import a holiday calendar</source>
        <translation>导入节假日日历</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation>节假日日历 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <source>No days marked in this year: every day follows the work week. Bring in the year&apos;s calendar with Import a year..., or change the year.</source>
        <translation>本年度还没有标记任何日期：每天都按工作周计算。用“导入年度日历...”导入全年日历，或者换一个年度。</translation>
    </message>
</context>
<context>
    <name>shopdesk::CashEntryDialog</name>
    <message>
        <source>Cash journal entry</source>
        <translation>现金日记账分录</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>who paid or was paid</source>
        <translation>交款人或收款人</translation>
    </message>
    <message>
        <source>&amp;Counterparty:</source>
        <translation>对方(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>budget category, such as 办公费</source>
        <translation>预算科目，如办公费</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>部门(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记账(&amp;R)</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount of money.</source>
        <translation>金额“%1”无效。</translation>
    </message>
</context>
<context>
    <name>shopdesk::CashJournalPage</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;New entry...</source>
        <translation>新建分录(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Close the day...</source>
        <translation>日结(&amp;C)...</translation>
    </message>
    <message>
        <source>Re&amp;view...</source>
        <translation>审核(&amp;V)...</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记账人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Opening %1 · receipts %2 · payments %3 · expected in the box %4</source>
        <translation>期初 %1 · 收入 %2 · 支出 %3 · 钱箱应有 %4</translation>
    </message>
    <message>
        <source>Closed by %1 with %2 counted (difference %3).</source>
        <translation>%1 已日结，实盘 %2（差异 %3）。</translation>
    </message>
    <message>
        <source>Reviewed by %1: %2</source>
        <translation>%1 已审核：%2</translation>
    </message>
    <message>
        <source>Waiting for the chief accountant&apos;s review.</source>
        <translation>等待主管会计审核。</translation>
    </message>
    <message>
        <source>Open: entries may still be added.</source>
        <translation>未日结：仍可添加分录。</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Cash counted in the box at the end of %1 (yuan):</source>
        <translation>%1 日终钱箱实盘现金（元）：</translation>
    </message>
    <message>
        <source>Review the day</source>
        <translation>审核日结</translation>
    </message>
    <message>
        <source>What the review found (needed when the count differs):</source>
        <translation>审核结果（实盘与账面不符时必填）：</translation>
    </message>
    <message>
        <source>No entries on this day. Record a receipt or a payment with New entry...</source>
        <translation>当天还没有分录。用“新建分录...”记一笔收款或付款。</translation>
    </message>
    <message>
        <source>The cash accountant records the day&apos;s receipts and payments.</source>
        <translation>由现金会计登记当天的收款和付款。</translation>
    </message>
    <message>
        <source>The cash accountant counts the box and closes the day.</source>
        <translation>由现金会计清点现金并日结。</translation>
    </message>
    <message>
        <source>The chief accountant reviews a closed day.</source>
        <translation>由主管会计审核已日结的一天。</translation>
    </message>
</context>
<context>
    <name>shopdesk::ConnectionsPage</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Connected now (seen in the last two minutes)</source>
        <translation>当前连接（最近两分钟内活动）</translation>
    </message>
    <message>
        <source>Backups (rule DB-05)</source>
        <translation>备份（规则 DB-05）</translation>
    </message>
    <message>
        <source>&quot;backups&quot; beside the database file</source>
        <translation>数据库文件旁的“backups”文件夹</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Back up automatically every:</source>
        <translation>自动备份周期：</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>保留份数：</translation>
    </message>
    <message>
        <source>Restore selected...</source>
        <translation>恢复所选备份...</translation>
    </message>
    <message>
        <source>Restore from file...</source>
        <translation>从文件恢复...</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up and checking the copy...</source>
        <translation>正在备份并检查副本...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>请先在列表中选择一个备份。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>ShopDesk backups (*.db)</source>
        <translation>ShopDesk 备份 (*.db)</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1 (audit record %2)?

The current state is saved as a backup first. ShopDesk closes the window, restores, checks the result and asks you to sign in again.</source>
        <translation>用备份 %1（审计记录 %2）替换数据库？

当前状态会先保存为备份。ShopDesk 将关闭窗口、执行恢复、检查结果，然后请您重新登录。</translation>
    </message>
    <message>
        <source>No backups yet. Back up now makes the first; the automatic backup makes the next ones on the days set above.</source>
        <translation>还没有备份。点击“立即备份”做第一份；之后按上面设置的天数自动备份。</translation>
    </message>
</context>
<context>
    <name>shopdesk::ContractDialog</name>
    <message>
        <source>Register a contract</source>
        <translation>登记合同</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>合同名称(&amp;I)：</translation>
    </message>
    <message>
        <source>one party per line</source>
        <translation>每行一个合同对方</translation>
    </message>
    <message>
        <source>&amp;Other parties:</source>
        <translation>合同对方(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>签订日期(&amp;S)：</translation>
    </message>
    <message>
        <source>St&amp;arts on:</source>
        <translation>生效日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>终止日期(&amp;E)：</translation>
    </message>
    <message>
        <source>yuan, such as 120000.00</source>
        <translation>元，例如 120000.00</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>合同金额(&amp;V)：</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>%1 (custodian %2)</source>
        <translation>%1（保管员 %2）</translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation>档案室(&amp;H)：</translation>
    </message>
    <message>
        <source>cabinet</source>
        <translation>柜</translation>
    </message>
    <message>
        <source>shelf</source>
        <translation>层</translation>
    </message>
    <message>
        <source>box</source>
        <translation>盒</translation>
    </message>
    <message>
        <source>&amp;Kept in:</source>
        <translation>存放位置(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not an amount of money.</source>
        <translation>金额“%1”不是有效的金额。</translation>
    </message>
    <message>
        <source>%1 is already registered with this party, title and signing day. Register this one as another contract?</source>
        <translation>已登记过同一合同对方、名称和签订日期的合同 %1。仍作为另一份合同登记吗？</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>经办人(&amp;P)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Fixed with the number %1 (CON-01)</source>
        <translation>随编号 %1 固定（CON-01）</translation>
    </message>
</context>
<context>
    <name>shopdesk::ContractFilesDialog</name>
    <message>
        <source>waiting to be read</source>
        <translation>等待读取</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): %1</source>
        <translation>
            <numerusform>%n 页：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Files of %1 %2</source>
        <translation>%1 %2 的文件</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reading the text</source>
        <translation>正在读取文字</translation>
    </message>
    <message>
        <source>&amp;Add a file...</source>
        <translation>添加文件(&amp;A)...</translation>
    </message>
    <message>
        <source>Add a new &amp;version...</source>
        <translation>添加新版本(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Save a copy...</source>
        <translation>另存副本(&amp;S)...</translation>
    </message>
    <message>
        <source>A scan or document kept with this contract (Ctrl+N)</source>
        <translation>随本合同保存的扫描件或文件（Ctrl+N）</translation>
    </message>
    <message>
        <source>Reading the text of %1 for search: page %2 of %3</source>
        <translation>正在读取 %1 的文字以供检索：第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>What it is (正本扫描件, 补充协议一):</source>
        <translation>文件名称（正本扫描件、补充协议一）：</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Only %1, the archive&apos;s custodian, adds files (CON-06).</source>
        <translation>只有档案管理员 %1 可以添加文件（CON-06）。</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>扫描件和 PDF (*.pdf *.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Cannot read %1 whole: %2</source>
        <translation>无法完整读取 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Read the text again</source>
        <translation>重新读取文字(&amp;R)</translation>
    </message>
    <message>
        <source>For a file whose reading failed, once the reason is put right</source>
        <translation>用于读取失败的文件，在排除原因之后</translation>
    </message>
</context>
<context>
    <name>shopdesk::ContractListPage</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签订年份</translation>
    </message>
    <message>
        <source>&amp;Register...</source>
        <translation>登记合同(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Borrow...</source>
        <translation>借阅(&amp;B)...</translation>
    </message>
    <message>
        <source>Set &amp;up</source>
        <translation>设置(&amp;U)</translation>
    </message>
    <message>
        <source>New contract type...</source>
        <translation>新建合同类型...</translation>
    </message>
    <message>
        <source>New archive...</source>
        <translation>新建档案室...</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation>合同对方</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>out with %1 until %2</source>
        <translation>%1 借出，至 %2</translation>
    </message>
    <message>
        <source>Borrow %1</source>
        <translation>借阅 %1</translation>
    </message>
    <message>
        <source>A copy, or the original (a special case, CON-05):</source>
        <translation>复印件，或原件（特殊情况，CON-05）：</translation>
    </message>
    <message>
        <source>What for:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Back by, YYYY-MM-DD (empty: %1):</source>
        <translation>归还日期，YYYY-MM-DD（留空：%1）：</translation>
    </message>
    <message>
        <source>The request waits for its signature in Approvals; the custodian hands the %1 out once it is signed.</source>
        <translation>申请已提交，在“审批”中等待签批；批准后由保管员借出%1。</translation>
    </message>
    <message>
        <source>New contract type</source>
        <translation>新建合同类型</translation>
    </message>
    <message>
        <source>Code, 2 to 6 capital letters or digits (CG):</source>
        <translation>代码，2 至 6 位大写字母或数字（如 CG）：</translation>
    </message>
    <message>
        <source>Name (采购合同):</source>
        <translation>名称（如 采购合同）：</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>新建档案室</translation>
    </message>
    <message>
        <source>Name (行政部档案室):</source>
        <translation>名称（如 行政部档案室）：</translation>
    </message>
    <message>
        <source>Where it is, fire- and damp-proof (CON-06):</source>
        <translation>位置，须防火防潮（CON-06）：</translation>
    </message>
    <message>
        <source>Its one custodian (CON-06):</source>
        <translation>专职保管员（CON-06）：</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <source>Save as XLSX...</source>
        <translation>另存为 XLSX...</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Registered as %1: write it on the paper and on its folder.</source>
        <translation>已登记，编号 %1：请写在合同原件和档案夹上。</translation>
    </message>
    <message>
        <source>Number, title, party, notes, or words in its files (Ctrl+F)</source>
        <translation>编号、名称、相对方、备注，或文件中的文字（Ctrl+F）</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>相对方</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>金额从</translation>
    </message>
    <message>
        <source>Value from, yuan</source>
        <translation>金额下限（元）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Value up to, yuan</source>
        <translation>金额上限（元）</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Any end</source>
        <translation>任意到期日</translation>
    </message>
    <message>
        <source>In force, ending within %1 days</source>
        <translation>履行中，%1 天内到期</translation>
    </message>
    <message>
        <source>F&amp;iles...</source>
        <translation>文件(&amp;I)...</translation>
    </message>
    <message>
        <source>The scans and documents kept with the selected contract</source>
        <translation>所选合同的扫描件和文件</translation>
    </message>
    <message>
        <source>Folder labels of the selected contracts: print preview...</source>
        <translation>所选合同的卷夹标签：打印预览...</translation>
    </message>
    <message>
        <source>Folder labels of the selected contracts: save as PDF...</source>
        <translation>所选合同的卷夹标签：另存为 PDF...</translation>
    </message>
    <message>
        <source>Box labels of an archive: print preview...</source>
        <translation>档案室的档案盒标签：打印预览...</translation>
    </message>
    <message>
        <source>Box labels of an archive: save as PDF...</source>
        <translation>档案室的档案盒标签：另存为 PDF...</translation>
    </message>
    <message>
        <source>Found in its files</source>
        <translation>在文件中找到</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (12000 or 12,000.50).</source>
        <translation>“%1”不是以元为单位的金额（如 12000 或 12,000.50）。</translation>
    </message>
    <message>
        <source>The newest %1 are shown: narrow the search to see the others.</source>
        <translation>仅显示最新的 %1 份：缩小检索范围可查看其余合同。</translation>
    </message>
    <message>
        <source>%1 v%2, page %3, line %4: %5</source>
        <translation>%1 第 %2 版，第 %3 页第 %4 行：%5</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>contract-folder-labels</source>
        <translation>合同卷夹标签</translation>
    </message>
    <message>
        <source>There is no archive yet: set one up first.</source>
        <translation>尚无档案室：请先设立一个。</translation>
    </message>
    <message>
        <source>The boxes of which archive:</source>
        <translation>哪个档案室的档案盒：</translation>
    </message>
    <message>
        <source>archive-box-labels</source>
        <translation>档案盒标签</translation>
    </message>
    <message>
        <source>Lab&amp;els</source>
        <translation>标签(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>The selected contract in full: correct it, or record that it was completed or terminated (Enter)</source>
        <translation>所选合同的完整信息：更正，或记录其已履行完毕或已终止（Enter）</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>No contracts here. Register the first one with Register..., or change the search.</source>
        <translation>这里没有合同。用“登记合同...”登记第一份，或换个查找条件。</translation>
    </message>
    <message>
        <source>In the archive</source>
        <translation>在档</translation>
    </message>
</context>
<context>
    <name>shopdesk::ContractsPanel</name>
    <message>
        <source>&amp;Contracts</source>
        <translation>合同(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation>借阅(&amp;L)</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>核查(&amp;K)</translation>
    </message>
</context>
<context>
    <name>shopdesk::CustomerFlagDialog</name>
    <message>
        <source>Propose a bad-customer flag</source>
        <translation>提报劣质客户</translation>
    </message>
    <message>
        <source>the order it is about, if any: fills the account and phone</source>
        <translation>相关订单号（可不填）：自动带出账号和电话</translation>
    </message>
    <message>
        <source>what happened, with the order numbers, dates and proof</source>
        <translation>经过，附订单号、日期和证据</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;account:</source>
        <translation>买家账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>Send to the &amp;supervisor</source>
        <translation>提交客服主管(&amp;S)</translation>
    </message>
</context>
<context>
    <name>shopdesk::CustomerFlagsPage</name>
    <message>
        <source>Co&amp;nfirm</source>
        <translation>确认(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>驳回(&amp;J)...</translation>
    </message>
    <message>
        <source>The service supervisor decides (CS-03).</source>
        <translation>由客服主管决定（CS-03）。</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提报时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提报人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A confirmed flag shows on the customer&apos;s later orders, by their account or phone (CS-03).</source>
        <translation>确认后的标记会按买家账号或电话显示在该客户此后的订单上（CS-03）。</translation>
    </message>
    <message>
        <source>Choose a flag first.</source>
        <translation>请先选择一条标记。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Why is the flag on %1 rejected?</source>
        <translation>为什么驳回对 %1 的标记？</translation>
    </message>
    <message>
        <source>No customer is flagged. Customer service proposes one, with the evidence, using Propose a flag...</source>
        <translation>没有被标记的客户。客服用“提报劣质客户...”附上证据提报。</translation>
    </message>
    <message>
        <source>Propose a fla&amp;g...</source>
        <translation>提报劣质客户(&amp;G)...</translation>
    </message>
</context>
<context>
    <name>shopdesk::CustomerOrderDialog</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Packing &amp;slip</source>
        <translation>发货单(&amp;S)</translation>
    </message>
    <message>
        <source>A4 sheet: print preview...</source>
        <translation>A4 纸：打印预览...</translation>
    </message>
    <message>
        <source>100 x 150 mm label: print preview...</source>
        <translation>100 x 150 毫米面单：打印预览...</translation>
    </message>
    <message>
        <source>What was ordered</source>
        <translation>订购内容</translation>
    </message>
    <message>
        <source>What happened since (appended, never changed: ORD-05)</source>
        <translation>此后的经过（只追加、不修改：ORD-05）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>contact the customer (ORD-02)</source>
        <translation>联系客户（ORD-02）</translation>
    </message>
    <message>
        <source>hand over to operations (ORD-03)</source>
        <translation>移交运营（ORD-03）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>at the channel: %1</source>
        <translation>渠道状态：%1</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>订单为什么取消？</translation>
    </message>
    <message>
        <source>Carrier and tracking number:</source>
        <translation>快递公司和运单号：</translation>
    </message>
    <message>
        <source>Note (printed on the packing slip as a shipping remark):</source>
        <translation>备注（作为发货备注印在发货单上）：</translation>
    </message>
    <message>
        <source>Amount refunded (%1):</source>
        <translation>退款金额（%1）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Bad customer (confirmed by %1 on %2): %3</source>
        <translation>劣质客户（%1 于 %2 确认）：%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2，%3）</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message>
        <source>Buyer %1: %2</source>
        <translation>买家 %1：%2</translation>
    </message>
    <message>
        <source>Goods %1 + shipping %2 - discount %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>商品 %1 + 运费 %2 - 优惠 %3 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>shopdesk::DayDetailDialog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> (make-up)</source>
        <translation>（补卡）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Not scheduled to work: %1.</source>
        <translation>当天无排班：%1。</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>班次：%1</translation>
    </message>
    <message numerus="yes">
        <source>, %n minute(s) late</source>
        <translation>
            <numerusform>，迟到 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n minute(s) early</source>
        <translation>
            <numerusform>，早退 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source> (rule %1)</source>
        <translation>（条款 %1）</translation>
    </message>
    <message>
        <source>Punches: %1</source>
        <translation>打卡：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) less than 60 seconds after another counted once (ATT-12).</source>
        <translation>
            <numerusform>有 %n 次打卡与上一次间隔不足 60 秒，只计一次（ATT-12）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Punches on a day off without overtime on file are shown, not counted (ATT-02, OT-02).</source>
        <translation>休息日无加班记录的打卡只显示，不计入（ATT-02、OT-02）。</translation>
    </message>
    <message numerus="yes">
        <source>Approved overtime on the clock: %n minute(s).</source>
        <translation>
            <numerusform>经批准且有打卡记录的加班：%n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine %1 (%2): %3</source>
        <translation>罚款 %1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>%1 的考勤</translation>
    </message>
    <message>
        <source>Request a make-up punch...</source>
        <translation>申请补卡...</translation>
    </message>
    <message>
        <source>Make-up punch (ATT-12)</source>
        <translation>补卡（ATT-12）</translation>
    </message>
    <message>
        <source>Why the punch is missing</source>
        <translation>缺卡原因</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The make-up punch waits for the direct supervisor&apos;s approval.</source>
        <translation>补卡申请正等待直接主管审批。</translation>
    </message>
    <message numerus="yes">
        <source>, of which %n minute(s) out and back without a filing (ATT-08)</source>
        <translation>
            <numerusform>，其中未报备外出 %n 分钟（ATT-08）</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>上班 %1</translation>
    </message>
    <message>
        <source>no punch in</source>
        <translation>上班未打卡</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>下班 %1</translation>
    </message>
    <message>
        <source>no punch out</source>
        <translation>下班未打卡</translation>
    </message>
    <message>
        <source>%1-%2: %3, %4: %5</source>
        <comment>a shift&apos;s part: its hours, check-in, check-out, status</comment>
        <translation>%1-%2：%3，%4：%5</translation>
    </message>
</context>
<context>
    <name>shopdesk::DecisionDialog</name>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s)?</source>
        <translation>
            <numerusform>批准 %n 项申请？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n request(s)?</source>
        <translation>
            <numerusform>驳回 %n 项申请？</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>意见（可选）</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Approved by phone by:</source>
        <translation>电话批准人：</translation>
    </message>
    <message>
        <source>Give a reason for the rejection.</source>
        <translation>请填写驳回理由。</translation>
    </message>
    <message>
        <source>Record a phone approval</source>
        <translation>登记电话审批</translation>
    </message>
    <message>
        <source>Approved by phone by</source>
        <translation>电话审批人</translation>
    </message>
    <message>
        <source>Record that this request was approved by phone?
• %1
The approver is asked to confirm it afterwards.</source>
        <translation>登记此申请已通过电话审批？
• %1
事后将请审批人确认。</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>登记审批</translation>
    </message>
    <message>
        <source>Nobody can approve this request by phone: its approver is you or the requester.</source>
        <translation>此申请不能电话审批：审批人是您本人或申请人。</translation>
    </message>
</context>
<context>
    <name>shopdesk::DepartmentsDialog</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>No departments yet. Add each with New department..., then add or import the employees and choose each department&apos;s head.</source>
        <translation>还没有部门。用“新建部门...”逐个添加，然后添加或导入员工，再为每个部门选择负责人。</translation>
    </message>
    <message>
        <source>&amp;New department...</source>
        <translation>新建部门(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>改名(&amp;R)...</translation>
    </message>
    <message>
        <source>Choose the &amp;head...</source>
        <translation>选择负责人(&amp;H)...</translation>
    </message>
    <message>
        <source>Leave and other requests go to the department&apos;s head for approval</source>
        <translation>请假等申请交由部门负责人审批</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Rename the department</source>
        <translation>部门改名</translation>
    </message>
    <message>
        <source>The department&apos;s head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Choose a department first.</source>
        <translation>请先选择一个部门。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>负责人：</translation>
    </message>
</context>
<context>
    <name>shopdesk::DepartmentsPage</name>
    <message>
        <source>Name &amp;custodian...</source>
        <translation>指定保管人(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;New requisition...</source>
        <translation>新建领用单(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Accept purchase</source>
        <translation>认可采购(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Query purchase...</source>
        <translation>质询采购(&amp;Q)...</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>领用单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Items (issued)</source>
        <translation>物品（已发放）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>疑问</translation>
    </message>
    <message>
        <source>Custodians (SUP-06):</source>
        <translation>保管人（SUP-06）：</translation>
    </message>
    <message>
        <source>Requisitions, signed by the custodian, filled from stock (SUP-05):</source>
        <translation>领用单（由保管人签字，从库存发放）（SUP-05）：</translation>
    </message>
    <message>
        <source>Local purchases by departments, audited by the office (SUP-05):</source>
        <translation>各部门的自购（由办公室审核）（SUP-05）：</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Name custodian</source>
        <translation>指定保管人</translation>
    </message>
    <message>
        <source>Choose the department first.</source>
        <translation>请先选择部门。</translation>
    </message>
    <message>
        <source>Who keeps the supplies of %1?</source>
        <translation>谁负责保管 %1 的办公用品？</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Choose the requisition to sign.</source>
        <translation>请选择要签字的领用单。</translation>
    </message>
    <message>
        <source>Fill from stock</source>
        <translation>从库存发放</translation>
    </message>
    <message>
        <source>Choose a signed requisition to fill.</source>
        <translation>请选择一张已签字、待发放的领用单。</translation>
    </message>
    <message>
        <source>Issue the items of %1 from stock to the department? What is short stays short.</source>
        <translation>从库存向部门发放 %1 的物品吗？库存不足的部分将不予发放。</translation>
    </message>
    <message>
        <source>Choose the local purchase first.</source>
        <translation>请先选择部门自购记录。</translation>
    </message>
    <message>
        <source>Query purchase</source>
        <translation>质询采购</translation>
    </message>
    <message>
        <source>What does the office query?</source>
        <translation>办公室对此有什么疑问？</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>签字(&amp;G)</translation>
    </message>
    <message>
        <source>Fi&amp;ll from stock</source>
        <translation>从库存发放(&amp;L)</translation>
    </message>
    <message>
        <source>No requisitions yet. A department asks for supplies with New requisition...; its custodian signs it.</source>
        <translation>还没有领用单。部门用“新建领用单...”申领用品，由其保管人签字。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>shopdesk::DisciplinePage</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Record...</source>
        <translation>登记...</translation>
    </message>
    <message>
        <source>Proposals from attendance</source>
        <translation>导入考勤建议</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Waive...</source>
        <translation>免除...</translation>
    </message>
    <message>
        <source>Payroll lines (XLSX)...</source>
        <translation>工资明细（XLSX）...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Why waived</source>
        <translation>免除理由</translation>
    </message>
    <message>
        <source>%1 entries, %2 proposals to decide</source>
        <translation>共 %1 条记录，%2 条建议待处理</translation>
    </message>
    <message>
        <source>Disciplinary register</source>
        <translation>奖惩记录</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>免除</translation>
    </message>
    <message>
        <source>Why is this waived?</source>
        <translation>为什么免除？</translation>
    </message>
    <message>
        <source>Record a disciplinary entry</source>
        <translation>登记违纪记录</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>事情经过：</translation>
    </message>
    <message>
        <source>Payroll lines</source>
        <translation>工资明细</translation>
    </message>
    <message>
        <source>payroll-%1.xlsx</source>
        <translation>工资明细-%1.xlsx</translation>
    </message>
    <message>
        <source>Save the payroll lines</source>
        <translation>保存工资明细</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Other party (ATT-09):</source>
        <translation>另一方（ATT-09）：</translation>
    </message>
    <message>
        <source>No entries in this month. HR clerks record one with Record... or take the Proposals from attendance; or change the month.</source>
        <translation>本月没有记录。人事人员用“登记...”登记，或采用“导入考勤建议”；或者换一个月份。</translation>
    </message>
</context>
<context>
    <name>shopdesk::EmptyListHint</name>
    <message>
        <source>No row matches “%1”. Clear the filter to see them all.</source>
        <translation>没有与“%1”相符的行。清空筛选框即可看到全部。</translation>
    </message>
</context>
<context>
    <name>shopdesk::ExpenseRequestDialog</name>
    <message>
        <source>Expense request</source>
        <translation>费用申请</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>budget category, such as 办公费 or 招待费</source>
        <translation>预算科目，如办公费或招待费</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Needed on:</source>
        <translation>用款日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Business expense (entertainment, gifts, transport): the general manager approves before the money is spent</source>
        <translation>业务费用（招待、礼品、交通）：须在支出前经总经理批准(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Send for approval</source>
        <translation>提交审批(&amp;S)</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount of money.</source>
        <translation>金额“%1”无效。</translation>
    </message>
</context>
<context>
    <name>shopdesk::ExpensesPage</name>
    <message>
        <source>&amp;New request...</source>
        <translation>新建申请(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Lend an advance...</source>
        <translation>借款(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Reimburse...</source>
        <translation>报销(&amp;R)...</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>已借款</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借款日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Expense requests</source>
        <translation>费用申请</translation>
    </message>
    <message>
        <source>Advances not yet cleared</source>
        <translation>未结清借款</translation>
    </message>
    <message>
        <source>Lend an advance</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Amount lent to %1 against %2 (yuan):</source>
        <translation>依据 %2 借给 %1 的金额（元）：</translation>
    </message>
    <message>
        <source>Number of the signed IOU:</source>
        <translation>已签字借条的编号：</translation>
    </message>
    <message>
        <source>&amp;Invoices...</source>
        <translation>发票(&amp;I)...</translation>
    </message>
    <message>
        <source>No expense requests yet. Ask for an expense to be approved with New request...</source>
        <translation>还没有费用申请。用“新建申请...”提交费用审批。</translation>
    </message>
    <message>
        <source>The cash accountant lends advances and reimburses approved requests.</source>
        <translation>由现金会计为已批准的申请办理借款和报销。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>shopdesk::FeedbackPage</name>
    <message>
        <source>order number, if any</source>
        <translation>订单号（如有）</translation>
    </message>
    <message>
        <source>buyer&apos;s account</source>
        <translation>买家账号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>客户反馈内容</translation>
    </message>
    <message>
        <source>what was done or promised</source>
        <translation>处理结果或承诺</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>登记(&amp;D)</translation>
    </message>
    <message>
        <source>Enter in any field records it too.</source>
        <translation>在任一输入框按回车也可登记。</translation>
    </message>
    <message>
        <source>Set the ou&amp;tcome...</source>
        <translation>填写处理结果(&amp;T)...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户反馈内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation>登记时间从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Choose a feedback row first.</source>
        <translation>请先选择一条反馈。</translation>
    </message>
    <message>
        <source>What was done for &quot;%1&quot;?</source>
        <translation>对“%1”做了什么处理？</translation>
    </message>
    <message>
        <source>Is it resolved?</source>
        <translation>是否已解决？</translation>
    </message>
    <message>
        <source>No feedback in this period. Take a call down in the row of fields above: Tab between them, Enter records.</source>
        <translation>这段时间没有反馈。接电话时在上方一行中填写：Tab 切换，回车登记。</translation>
    </message>
    <message>
        <source>Resolv&amp;ed</source>
        <translation>已解决(&amp;E)</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
</context>
<context>
    <name>shopdesk::FilePreview</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>No scan was stored with %1.</source>
        <translation>%1 未保存扫描件。</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>此记录</translation>
    </message>
    <message>
        <source>%1 is not a PDF that can be read.</source>
        <translation>%1 不是可读取的 PDF。</translation>
    </message>
    <message>
        <source>The first %1 of %2 pages are shown.</source>
        <translation>共 %2 页，显示前 %1 页。</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a picture: save it to open it with another program.</source>
        <translation>%1 既不是 PDF 也不是图片：请保存后用其他程序打开。</translation>
    </message>
</context>
<context>
    <name>shopdesk::FinancePanel</name>
    <message>
        <source>&amp;Cash journal</source>
        <translation>现金日记账(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Expenses</source>
        <translation>费用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Group accounts</source>
        <translation>团队账户(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>补贴(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Month close</source>
        <translation>月结(&amp;M)</translation>
    </message>
    <message>
        <source>Payment vo&amp;uchers</source>
        <translation>付款凭证(&amp;U)</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
</context>
<context>
    <name>shopdesk::FirstRunDialog</name>
    <message>
        <source>Create a new company database</source>
        <translation>新建公司数据库</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>打开现有数据库</translation>
    </message>
    <message>
        <source>ShopDesk: choose the company database</source>
        <translation>ShopDesk：选择公司数据库</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>New company database</source>
        <translation>新建公司数据库</translation>
    </message>
    <message>
        <source>for example: Example E-commerce Co., Ltd.</source>
        <translation>例如：示例电商有限公司</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name:</source>
        <translation>管理员用户名：</translation>
    </message>
    <message>
        <source>Administrator&apos;s password:</source>
        <translation>管理员密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>At least 6 characters with letters and digits, not starting with a digit.</source>
        <translation>至少 6 个字符，须同时含字母和数字，且不能以数字开头。</translation>
    </message>
    <message>
        <source>Open a company database</source>
        <translation>打开公司数据库</translation>
    </message>
    <message>
        <source>A file on a shared drive may be typed as a network path, such as \\server\share\shopdesk.db.</source>
        <translation>共享驱动器上的文件可直接输入网络路径，例如 \\server\share\shopdesk.db。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter the database file&apos;s path.</source>
        <translation>请输入数据库文件的路径。</translation>
    </message>
    <message>
        <source>Connect to a company server</source>
        <translation>连接公司服务器</translation>
    </message>
    <message>
        <source>ShopDesk keeps the company&apos;s records in one database file. Several PCs can share it on a network drive; a larger company keeps it on a database server.</source>
        <translation>ShopDesk 把公司的记录保存在一个数据库文件中，多台电脑可以通过网络驱动器共用；规模较大的公司可以把它放在数据库服务器上。</translation>
    </message>
    <message>
        <source>for example: db.example.com</source>
        <translation>例如：db.example.com</translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate checked</source>
        <translation>加密，并校验服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted (only for a server on this PC)</source>
        <translation>不加密（仅限本机上的服务器）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Server user:</source>
        <translation>服务器用户：</translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation>服务器密码：</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接方式：</translation>
    </message>
    <message>
        <source>The database administrator gives these. Leave the server user empty where each person signs in with their own ShopDesk name and password. A server password is not kept on this PC: ShopDesk asks for it again at the next start.</source>
        <translation>这些信息由数据库管理员提供。如果每个人都用自己的 ShopDesk 用户名和密码登录，请将服务器用户留空。服务器密码不会保存在这台电脑上：ShopDesk 下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>Enter the server and the database.</source>
        <translation>请输入服务器和数据库。</translation>
    </message>
</context>
<context>
    <name>shopdesk::GroupsPage</name>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All group accounts</source>
        <translation>全部团队账户</translation>
    </message>
    <message>
        <source>Departing today (FIN-11)</source>
        <translation>今日出发（FIN-11）</translation>
    </message>
    <message>
        <source>Overdue balances</source>
        <translation>逾期欠款</translation>
    </message>
    <message>
        <source>&amp;New group...</source>
        <translation>新建团队(&amp;N)...</translation>
    </message>
    <message>
        <source>Book a &amp;receipt...</source>
        <translation>登记收款(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Lend to the guide...</source>
        <translation>借款给导游(&amp;L)...</translation>
    </message>
    <message>
        <source>Attach a &amp;paper...</source>
        <translation>附加单据(&amp;P)...</translation>
    </message>
    <message>
        <source>General &amp;manager</source>
        <translation>总经理(&amp;M)</translation>
    </message>
    <message>
        <source>Let it depart...</source>
        <translation>同意出发...</translation>
    </message>
    <message>
        <source>Write off a bad debt...</source>
        <translation>核销坏账...</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出发</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Due before departure</source>
        <translation>出发前应收</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Lent to guide</source>
        <translation>导游借款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message numerus="yes">
        <source>No receipt %n day(s) after signing (FIN-05)</source>
        <translation>
            <numerusform>签约 %n 天仍未收款（FIN-05）</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the departure threshold</source>
        <translation>未达出发前应收</translation>
    </message>
    <message>
        <source>Allowed to depart by the general manager</source>
        <translation>总经理已同意出发</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written off, charged to %2</source>
        <translation>已核销 %1，由 %2 承担</translation>
    </message>
    <message>
        <source>New group account</source>
        <translation>新建团队账户</translation>
    </message>
    <message>
        <source>Group or customer name:</source>
        <translation>团队或客户名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Contract value (yuan):</source>
        <translation>合同金额（元）：</translation>
    </message>
    <message>
        <source>Signed on, YYYY-MM-DD (empty: %1):</source>
        <translation>签约日期 YYYY-MM-DD（留空为 %1）：</translation>
    </message>
    <message>
        <source>Departs on, YYYY-MM-DD (empty: %1):</source>
        <translation>出发日期 YYYY-MM-DD（留空为 %1）：</translation>
    </message>
    <message>
        <source>Returns on, YYYY-MM-DD (empty: %1):</source>
        <translation>返回日期 YYYY-MM-DD（留空为 %1）：</translation>
    </message>
    <message>
        <source>Receipt for %1</source>
        <translation>%1 收款</translation>
    </message>
    <message>
        <source>Amount received (yuan), %1 outstanding:</source>
        <translation>收款金额（元），尚欠 %1：</translation>
    </message>
    <message>
        <source>Bank slip or receipt number:</source>
        <translation>银行回单或收据号：</translation>
    </message>
    <message>
        <source>Advance to the guide of %1</source>
        <translation>%1 导游借款</translation>
    </message>
    <message>
        <source>Guide:</source>
        <translation>导游：</translation>
    </message>
    <message>
        <source>Amount (yuan); the budget sheet leaves %1:</source>
        <translation>金额（元）；预算单还可借 %1：</translation>
    </message>
    <message>
        <source>Papers of %1</source>
        <translation>%1 的单据</translation>
    </message>
    <message>
        <source>Which paper:</source>
        <translation>哪种单据：</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx)</source>
        <translation>扫描件和文档 (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Let %1 depart</source>
        <translation>同意 %1 出发</translation>
    </message>
    <message>
        <source>Why may it depart below the threshold?</source>
        <translation>为何未达应收金额仍可出发？</translation>
    </message>
    <message>
        <source>Write off a bad debt of %1</source>
        <translation>核销 %1 的坏账</translation>
    </message>
    <message>
        <source>Charged to (who caused it, FIN-07):</source>
        <translation>责任人（造成坏账者，FIN-07）：</translation>
    </message>
    <message>
        <source>Amount written off (yuan), %1 outstanding:</source>
        <translation>核销金额（元），尚欠 %1：</translation>
    </message>
    <message>
        <source>Settle %1</source>
        <translation>结算 %1</translation>
    </message>
    <message>
        <source>Settle %1? A settled account takes no further entry.</source>
        <translation>结算 %1？结算后不能再登记任何款项。</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>游客</translation>
    </message>
    <message>
        <source>&amp;Travellers...</source>
        <translation>游客名单(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Budget sheet...</source>
        <translation>预算单(&amp;B)...</translation>
    </message>
    <message>
        <source>Budget sheet</source>
        <translation>预算单</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>%1 已出发</translation>
    </message>
    <message>
        <source>Departure not recorded (FIN-11)</source>
        <translation>未登记出发（FIN-11）</translation>
    </message>
    <message>
        <source>Record the &amp;departure...</source>
        <translation>登记出发(&amp;D)...</translation>
    </message>
    <message>
        <source>Record the day the selected group left (FIN-07, FIN-11)</source>
        <translation>登记所选团队的实际出发日期（FIN-07、FIN-11）</translation>
    </message>
    <message>
        <source>Departure of %1</source>
        <translation>%1 出发</translation>
    </message>
    <message>
        <source>Left on, YYYY-MM-DD (empty: %1):</source>
        <translation>出发日期，YYYY-MM-DD（留空：%1）：</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? It is recorded once, and its traveller list is then closed.</source>
        <translation>登记 %1 于 %2 出发吗？出发只登记一次，登记后游客名单不能再改。</translation>
    </message>
    <message>
        <source>No group accounts here. Open one for a group or a customer with New group...; or choose All group accounts.</source>
        <translation>这里没有团队账户。用“新建团队...”为团队或客户开户；或者选择“全部团队账户”。</translation>
    </message>
    <message>
        <source>The general manager lets a group depart unpaid or writes off a bad debt.</source>
        <translation>由总经理批准未付清的团队出发或核销坏账。</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
</context>
<context>
    <name>shopdesk::GuideWindow</name>
    <message>
        <source>ShopDesk user guide</source>
        <translation>ShopDesk 用户指南</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the program. It is in the program&apos;s source, in the folder docs/guide.</source>
        <translation>本程序副本没有安装用户指南。指南在程序源代码的 docs/guide 文件夹中。</translation>
    </message>
</context>
<context>
    <name>shopdesk::HandoverDialog</name>
    <message>
        <source>Record a handover of %1</source>
        <translation>登记 %1 的账户交接</translation>
    </message>
    <message>
        <source>Someone else worked under the name %1. %1 must change the password at the next login.</source>
        <translation>有他人以 %1 的用户名工作过。%1 下次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>Who worked under the name:</source>
        <translation>以该用户名工作的人：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Department head who agreed:</source>
        <translation>同意的部门负责人：</translation>
    </message>
</context>
<context>
    <name>shopdesk::HomePanel</name>
    <message>
        <source>Signed in as:</source>
        <translation>当前用户：</translation>
    </message>
    <message>
        <source>Permission level:</source>
        <translation>权限级别：</translation>
    </message>
    <message>
        <source>Business roles:</source>
        <translation>业务角色：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Work areas:</source>
        <translation>工作范围：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>%1 (this program knows %2)</source>
        <translation>%1（本程序支持 %2）</translation>
    </message>
    <message>
        <source>Choose an area on the left, or a line above to open its area. Areas you may not use are not listed; ask a database administrator for access.</source>
        <translation>请在左侧选择功能区，或选择上方的某一行打开相应功能区。您无权使用的功能区不会列出；如需权限请联系数据库管理员。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Nothing waits for you today.</source>
        <translation>今天没有待您处理的事项。</translation>
    </message>
    <message>
        <source>all (database administrator)</source>
        <translation>全部（数据库管理员）</translation>
    </message>
</context>
<context>
    <name>shopdesk::ImportPage</name>
    <message>
        <source>Import punches...</source>
        <translation>导入打卡记录...</translation>
    </message>
    <message>
        <source>Import a time-clock file</source>
        <translation>导入考勤机文件</translation>
    </message>
    <message>
        <source>Time-clock files (*.dat *.txt *.csv *.xlsx);;All files (*)</source>
        <translation>考勤机文件 (*.dat *.txt *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>ZKTeco USB logs (attlog.dat), ZKTime exports and DingTalk raw records (CSV or XLSX) are read. Nothing is written before you have seen the preview; importing the same file again adds nothing.</source>
        <translation>可读取中控 U 盘考勤记录（attlog.dat）、ZKTime 导出文件和钉钉原始记录（CSV 或 XLSX）。在您看过预览之前不会写入任何数据；同一文件再次导入不会重复添加。</translation>
    </message>
    <message>
        <source>PIN or staff no.</source>
        <translation>考勤号或工号</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的姓名</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最晚</translation>
    </message>
    <message>
        <source>Punches of PINs no employee has: they count once the PIN is given to someone.</source>
        <translation>尚未分配给员工的考勤号的打卡：分配后即计入该员工。</translation>
    </message>
    <message>
        <source>Imported %1 punches.</source>
        <translation>已导入 %1 条打卡记录。</translation>
    </message>
    <message>
        <source>No punches without an employee here. HR clerks import a time-clock file with Import punches...; a punch whose PIN no employee has stays listed here.</source>
        <translation>这里没有找不到员工的打卡记录。人事人员用“导入打卡记录...”导入考勤机文件；考勤号对不上任何员工的打卡会留在这里。</translation>
    </message>
</context>
<context>
    <name>shopdesk::InboxPanel</name>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Name a deputy...</source>
        <translation>指定代理人...</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <source>Decided by me</source>
        <translation>我已审批</translation>
    </message>
    <message>
        <source>Select a request to see its steps.</source>
        <translation>选择一项申请以查看审批步骤。</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>待我审批（%1）</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Withdraw request %1?</source>
        <translation>撤回申请 %1？</translation>
    </message>
    <message>
        <source>Name a deputy</source>
        <translation>指定代理人</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>代理人：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>%1 decides your approvals from %2 to %3.</source>
        <translation>%1 将于 %2 至 %3 期间代您审批。</translation>
    </message>
    <message>
        <source>Save attachment...</source>
        <translation>保存附件...</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The selected request has no file attached.</source>
        <translation>所选申请没有附件。</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>哪个文件？</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Record phone approval...</source>
        <translation>登记电话审批...</translation>
    </message>
    <message>
        <source>Confirm phone approval</source>
        <translation>确认电话审批</translation>
    </message>
    <message>
        <source>Dispute...</source>
        <translation>提出异议...</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话审批</translation>
    </message>
    <message>
        <source>By phone (%1 to confirm)</source>
        <translation>电话审批（%1 条待确认）</translation>
    </message>
    <message>
        <source>Did you approve request %1 by phone?
%2</source>
        <translation>您是否通过电话批准了申请 %1？
%2</translation>
    </message>
    <message>
        <source>Dispute phone approval</source>
        <translation>对电话审批提出异议</translation>
    </message>
    <message>
        <source>You did not approve request %1 by phone? Say what happened; the general manager is told.</source>
        <translation>您没有通过电话批准申请 %1？请说明情况，总经理将会收到通知。</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Requests that need your approval appear here.</source>
        <translation>没有等您处理的事项。需要您审批的申请会出现在这里。</translation>
    </message>
    <message>
        <source>You have not asked for anything yet. What you send for approval (leave, expenses, purchases...) is followed here.</source>
        <translation>您还没有提交过申请。您提交审批的事项（请假、费用、采购...）在这里跟踪。</translation>
    </message>
    <message>
        <source>You have not decided anything yet. The requests you approve or reject are kept here.</source>
        <translation>您还没有审批过任何事项。您批准或驳回的申请保存在这里。</translation>
    </message>
    <message>
        <source>No approvals by phone to record or confirm.</source>
        <translation>没有需要登记或确认的电话审批。</translation>
    </message>
    <message>
        <source>Select a request in the list first.</source>
        <translation>请先在列表中选择一个申请。</translation>
    </message>
</context>
<context>
    <name>shopdesk::InvoiceDialog</name>
    <message>
        <source>Invoice for %1</source>
        <translation>%1 的发票</translation>
    </message>
    <message>
        <source>The number printed on the invoice</source>
        <translation>发票上印的号码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到数量</translation>
    </message>
    <message>
        <source>Invoiced before</source>
        <translation>此前已开票</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>&amp;Record invoice</source>
        <translation>记录发票(&amp;R)</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>发票号码(&amp;N)：</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>发票日期(&amp;D)：</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，供应商：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (yuan, at most two decimals).</source>
        <translation>%1：“%2”不是有效金额（单位为元，最多两位小数）。</translation>
    </message>
    <message>
        <source>Give the quantity of at least one line.</source>
        <translation>请至少填写一行的数量。</translation>
    </message>
    <message>
        <source>Matches the order and the delivery (%1): a payment voucher goes for signature.</source>
        <translation>与订单及到货相符（%1）：将生成付款凭证送签。</translation>
    </message>
    <message>
        <source>Does not match; the difference goes to the supervisor and the department manager:
%1</source>
        <translation>不相符；差异将提交直接主管和部门负责人审批：
%1</translation>
    </message>
</context>
<context>
    <name>shopdesk::InvoiceScansDialog</name>
    <message>
        <source>Invoices of %1 %2</source>
        <translation>%1 %2 的发票</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>&amp;Save the scan...</source>
        <translation>保存扫描件(&amp;S)...</translation>
    </message>
    <message>
        <source>this reimbursement</source>
        <translation>此报销</translation>
    </message>
    <message>
        <source>Save the scan</source>
        <translation>保存扫描件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>shopdesk::InvoicesPage</name>
    <message>
        <source>Only differences &amp;waiting for approval</source>
        <translation>仅显示待审批的差异(&amp;W)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>付款凭证</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>No supplier invoices here. A supplies clerk records one with Record invoice... on the Purchasing tab; or change the filter.</source>
        <translation>这里没有供应商发票。办公用品管理员在“采购”页用“记录发票...”登记；或者更改筛选条件。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>shopdesk::LoansPage</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Not yet back</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source>Every loan</source>
        <translation>全部借阅</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>收回(&amp;T)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Hand &amp;out</source>
        <translation>借出(&amp;O)</translation>
    </message>
    <message>
        <source>Nothing is out on loan. A loan starts with Borrow... on the Contracts tab; or choose Every loan.</source>
        <translation>没有借出的合同。在“合同”页用“借阅...”开始借阅；或者选择“全部借阅”。</translation>
    </message>
    <message>
        <source>Select a loan in the list first.</source>
        <translation>请先在列表中选择一条借阅记录。</translation>
    </message>
</context>
<context>
    <name>shopdesk::LoginDialog</name>
    <message>
        <source>ShopDesk: sign in</source>
        <translation>ShopDesk：登录</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Other database...</source>
        <translation>其他数据库...</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Company server %1: sign in with your ShopDesk name and password.</source>
        <translation>公司服务器 %1：请用您的 ShopDesk 用户名和密码登录。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
</context>
<context>
    <name>shopdesk::MainWindow</name>
    <message>
        <source>ShopDesk</source>
        <translation>ShopDesk</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>修改我的密码(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ShopDesk</source>
        <translation>关于 ShopDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About ShopDesk</source>
        <translation>关于 ShopDesk</translation>
    </message>
    <message>
        <source>ShopDesk %1
The back office of a small e-commerce company.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>ShopDesk %1
小型电商公司的后台办公系统。
依据 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>Waiting for another PC to finish saving...</source>
        <translation>正在等待另一台电脑完成保存...</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Automatic backup made: %1</source>
        <translation>已自动备份：%1</translation>
    </message>
    <message>
        <source>Help for this page (F1)</source>
        <translation>本页帮助 (F1)</translation>
    </message>
    <message>
        <source>Opens the user guide at this page&apos;s section</source>
        <translation>打开用户指南中本页的章节</translation>
    </message>
    <message>
        <source>Help for this &amp;page</source>
        <translation>本页帮助(&amp;P)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
</context>
<context>
    <name>shopdesk::MonthClosePage</name>
    <message>
        <source>Re&amp;open...</source>
        <translation>重新打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Print preview...</source>
        <translation>打印预览(&amp;P)...</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;XLSX...</source>
        <translation>XLSX(&amp;X)...</translation>
    </message>
    <message>
        <source>%1 is closed: no money entry dated in it is accepted.</source>
        <translation>%1 已月结：不再接受日期在该月内的收支记录。</translation>
    </message>
    <message>
        <source>Nothing blocks the close.</source>
        <translation>没有妨碍月结的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n advance(s) not yet cleared, %1 in all (listed on the summary).</source>
        <translation>
            <numerusform>有 %n 笔借款尚未结清，共 %1（已列在汇总表中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Close %1? No cash entry, voucher payment, advance, reimbursement or allowance dated in it will be accepted afterwards; only the general manager can reopen it.</source>
        <translation>确定对 %1 进行月结？月结后，日期在该月内的现金分录、凭证付款、借款、报销和补贴将一律不予受理；只有总经理可以重新打开该月份。</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>重新打开月份</translation>
    </message>
    <message>
        <source>Why is the month reopened?</source>
        <translation>为什么要重新打开该月份？</translation>
    </message>
    <message>
        <source>C&amp;lose the month...</source>
        <translation>执行月结(&amp;L)...</translation>
    </message>
    <message>
        <source>The chief accountant closes the month.</source>
        <translation>由主管会计执行月结。</translation>
    </message>
    <message>
        <source>The general manager reopens a closed month, with the reason.</source>
        <translation>已结的月份由总经理填写原因后重新打开。</translation>
    </message>
</context>
<context>
    <name>shopdesk::MonthGridModel</name>
    <message>
        <source>Changed after confirmation: %1</source>
        <translation>确认后变更：%1</translation>
    </message>
    <message>
        <source>%1 (%2)
Morning: %3
Afternoon: %4</source>
        <translation>%1（%2）
上午：%3
下午：%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <source>Fines</source>
        <translation>罚款</translation>
    </message>
</context>
<context>
    <name>shopdesk::MonthPage</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source> Department:</source>
        <translation> 部门：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <source>XLSX...</source>
        <translation>XLSX...</translation>
    </message>
    <message>
        <source>CSV...</source>
        <translation>CSV...</translation>
    </message>
    <message>
        <source>Confirm month</source>
        <translation>确认本月</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>按姓名筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Reading the month...</source>
        <translation>正在读取本月数据...</translation>
    </message>
    <message>
        <source>Confirmed by HR</source>
        <translation>人事已确认</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Late or early</source>
        <translation>迟到或早退</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <source>Late or early, and absent, per day: %1</source>
        <translation>每日迟到早退及旷工人数：%1</translation>
    </message>
    <message>
        <source>attendance-%1</source>
        <translation>考勤-%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save the attendance report</source>
        <translation>保存考勤表</translation>
    </message>
    <message>
        <source>Attendance report</source>
        <translation>考勤表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>确认 %1</translation>
    </message>
    <message>
        <source>Confirm the attendance of %1 for every department? Later changes are allowed only where a rule allows late filing, and are flagged on the report.</source>
        <translation>确认 %1 全部部门的考勤吗？此后只有规定允许补报的变更才能进行，并会在考勤表上标注。</translation>
    </message>
    <message>
        <source>No one on this month&apos;s sheet. Employees are added under Employees; or change the month, the department or the filter.</source>
        <translation>本月考勤表上没有人。员工在“人员档案”中添加；或者更改月份、部门或筛选条件。</translation>
    </message>
</context>
<context>
    <name>shopdesk::MovementDialog</name>
    <message>
        <source>Scan or type the item code, then Enter</source>
        <translation>扫描或输入物品编码，然后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Item code:</source>
        <translation>物品编码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>only when none are on the shelf</source>
        <translation>仅在无库存时填写</translation>
    </message>
    <message>
        <source>yuan, such as 12.50</source>
        <translation>单位为元，如 12.50</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>单价(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>order, request or delivery note number</source>
        <translation>订单号、申请单号或送货单号</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>单据号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>登记(&amp;B)</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 on hand</source>
        <translation>%1 %2，现存 %3 %4</translation>
    </message>
    <message>
        <source>No item chosen.</source>
        <translation>未选择物品。</translation>
    </message>
</context>
<context>
    <name>shopdesk::NewPasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Use letters and digits, do not start with a digit, and do not reuse a recent password.</source>
        <translation>请同时使用字母和数字，不要以数字开头，也不要重复使用最近用过的密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>shopdesk::OffboardingDialog</name>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record the resignation</source>
        <translation>登记离职</translation>
    </message>
    <message>
        <source>Issue an item...</source>
        <translation>发放物品...</translation>
    </message>
    <message>
        <source>Waive the short notice</source>
        <translation>免除通知期要求</translation>
    </message>
    <message>
        <source>Notice given on:</source>
        <translation>提出离职日期：</translation>
    </message>
    <message>
        <source>Last working day:</source>
        <translation>最后工作日：</translation>
    </message>
    <message>
        <source>Company property issued (HR-02):</source>
        <translation>已发放的公司财物（HR-02）：</translation>
    </message>
    <message>
        <source>Offboarding: %1</source>
        <translation>离职办理：%1</translation>
    </message>
    <message>
        <source>Settlement: %1</source>
        <translation>结算：%1</translation>
    </message>
    <message>
        <source>Issue an item</source>
        <translation>发放物品</translation>
    </message>
    <message>
        <source>What is handed out (laptop, key, document...):</source>
        <translation>发放的物品（电脑、钥匙、文件……）：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>请先选择一件物品。</translation>
    </message>
    <message>
        <source>Why is it written off?</source>
        <translation>为什么核销？</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>已交还</translation>
    </message>
    <message>
        <source>Write off...</source>
        <translation>核销...</translation>
    </message>
</context>
<context>
    <name>shopdesk::OrderDialog</name>
    <message>
        <source>Order for %1</source>
        <translation>为 %1 下单</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Agreed unit price</source>
        <translation>约定单价</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Quote for the whole order (yuan)</source>
        <translation>整单报价（元）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>such as 1280.00</source>
        <translation>如 1280.00</translation>
    </message>
    <message>
        <source>Quote %1:</source>
        <translation>报价 %1：</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>报价 %1</translation>
    </message>
    <message>
        <source>needed when the chosen quote is not the cheapest (SUP-03)</source>
        <translation>所选报价不是最低价时必填（SUP-03）</translation>
    </message>
    <message>
        <source>Order &amp;from:</source>
        <translation>下单供应商(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Why this supplier:</source>
        <translation>选择理由(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>到货日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>下单(&amp;P)</translation>
    </message>
    <message>
        <source>%1, requested by %2: %3</source>
        <translation>%1，申请人 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Quote %1: &quot;%2&quot; is not an amount in yuan, such as 1280.00.</source>
        <translation>报价 %1：“%2”不是以元为单位的金额，例如 1280.00。</translation>
    </message>
</context>
<context>
    <name>shopdesk::OrderFoldersDialog</name>
    <message>
        <source>Watched order folders</source>
        <translation>监视的订单文件夹</translation>
    </message>
    <message>
        <source>An export dropped into a channel&apos;s folder imports by itself when the order list next refreshes, then moves to the folder&apos;s &quot;imported&quot; folder (or &quot;refused&quot;, with a note naming why).</source>
        <translation>放入渠道文件夹的导出文件会在订单列表下次刷新时自动导入，然后移到该文件夹的“imported”子文件夹（或“refused”，并附说明原因的文本）。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>\\server\share\orders\jd, or empty to stop watching</source>
        <translation>\\server\share\orders\jd，留空则停止监视</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>The channel&apos;s folder</source>
        <translation>渠道的文件夹</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save the channel&apos;s folder</source>
        <translation>保存渠道文件夹(&amp;S)</translation>
    </message>
    <message>
        <source>its saved columns</source>
        <translation>按已保存的列对应</translation>
    </message>
    <message>
        <source>as the channel exports it</source>
        <translation>按渠道原格式</translation>
    </message>
</context>
<context>
    <name>shopdesk::OrderImportDialog</name>
    <message>
        <source>Import orders: %1</source>
        <translation>导入订单：%1</translation>
    </message>
    <message>
        <source>Taobao / Tmall seller order report</source>
        <translation>淘宝 / 天猫卖家订单报表</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify 订单导出</translation>
    </message>
    <message>
        <source>Another channel, by its columns</source>
        <translation>其他渠道（按列对应）</translation>
    </message>
    <message>
        <source>jd, pdd, douyin, woocommerce ...</source>
        <translation>jd、pdd、douyin、woocommerce ...</translation>
    </message>
    <message>
        <source>The file &amp;is:</source>
        <translation>文件类型(&amp;I)：</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>币种(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Which of the file&apos;s columns holds what, by its header; saved for the channel&apos;s next file.</source>
        <translation>按表头指定文件中各列存放的内容；会为该渠道的下一个文件保存。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>At the channel</source>
        <translation>渠道状态</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Orders the import adds</source>
        <translation>导入将新增的订单</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>不导入的行</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>shopdesk::OrdersPage</name>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s): %1</source>
        <translation>
            <numerusform>%n 个新订单：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>contact the customer (ORD-02)</source>
        <translation>联系客户（ORD-02）</translation>
    </message>
    <message>
        <source>hand over to operations (ORD-03)</source>
        <translation>移交运营（ORD-03）</translation>
    </message>
    <message>
        <source>%1 %2: %3 to %4</source>
        <translation>%1 %2：%3，需%4</translation>
    </message>
    <message>
        <source>Orders near their time limit</source>
        <translation>订单即将超时</translation>
    </message>
    <message numerus="yes">
        <source>Read at %1; %n new order(s) marked until opened.</source>
        <translation>
            <numerusform>读取于 %1；%n 个新订单已标出，打开后取消标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read at %1.</source>
        <translation>读取于 %1。</translation>
    </message>
    <message>
        <source>ShopDesk orders</source>
        <translation>ShopDesk 订单</translation>
    </message>
    <message>
        <source>Choose an order in the list first.</source>
        <translation>请先在列表中选择一个订单。</translation>
    </message>
    <message>
        <source>Order folders</source>
        <translation>订单文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Many new orders arrived (an import, perhaps); the first %n are marked.</source>
        <translation>
            <numerusform>到了很多新订单（可能是一次导入）；已标出前 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Only &amp;running clocks</source>
        <translation>只看计时中(&amp;R)</translation>
    </message>
    <message>
        <source>Orders waiting for the customer&apos;s contact (ORD-02) or the hand-over (ORD-03)</source>
        <translation>等待联系客户（ORD-02）或移交运营（ORD-03）的订单</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a channel&apos;s export...</source>
        <translation>导入渠道导出文件(&amp;I)...</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.xlsx)</source>
        <translation>订单导出文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Watched &amp;folders...</source>
        <translation>监视文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Folders whose order exports import by themselves, one per channel</source>
        <translation>每个渠道一个文件夹，其中的订单导出文件会自动导入</translation>
    </message>
    <message>
        <source>Packing table: scan a packing slip</source>
        <translation>打包台：扫描发货单</translation>
    </message>
    <message>
        <source>Scan a packing slip</source>
        <translation>扫描发货单</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>自动刷新间隔</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The list reads the orders again by itself, at least every 10 minutes (ORD-01).</source>
        <translation>列表会自动重新读取订单，间隔不超过 10 分钟（ORD-01）。</translation>
    </message>
    <message>
        <source>&amp;Web shop...</source>
        <translation>网店(&amp;W)...</translation>
    </message>
    <message>
        <source>The company&apos;s own web shop (WooCommerce or Shopify), whose orders this PC pulls</source>
        <translation>公司自己的网店（WooCommerce 或 Shopify），由本机拉取其订单</translation>
    </message>
    <message>
        <source>Web shop %1: %2</source>
        <translation>网店 %1：%2</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>No orders here. Bring a channel&apos;s orders in with Import a channel&apos;s export..., or connect the web shop; or change the filter.</source>
        <translation>这里没有订单。用“导入渠道导出文件...”导入渠道订单，或连接官网商城；也可换个筛选条件。</translation>
    </message>
    <message>
        <source>Order number, phone or buyer (Ctrl+F)</source>
        <translation>订单号、电话或买家（Ctrl+F）</translation>
    </message>
    <message>
        <source>The whole order number, phone or buyer&apos;s account; from 7 characters on, also its start.</source>
        <translation>整个订单号、电话或买家账号；输入 7 个字符起也按开头查找。</translation>
    </message>
</context>
<context>
    <name>shopdesk::PeoplePanel</name>
    <message>
        <source>New...</source>
        <translation>新建...</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>打开...</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>标记已核实</translation>
    </message>
    <message>
        <source>Assessment...</source>
        <translation>考核...</translation>
    </message>
    <message>
        <source>Offboarding...</source>
        <translation>离职办理...</translation>
    </message>
    <message>
        <source>Filter by name, staff number, department or phone (Ctrl+F)</source>
        <translation>按姓名、工号、部门或电话筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Verified by HR</source>
        <translation>人事核实</translation>
    </message>
    <message>
        <source>(personal)</source>
        <translation>（个人信息）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>新员工</translation>
    </message>
    <message>
        <source>Special hire: assessed before probation (HR-04)</source>
        <translation>特殊人才：试用前须考核（HR-04）</translation>
    </message>
    <message>
        <source>Staff no.:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <source>Direct supervisor:</source>
        <translation>直接主管：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Time-clock PIN:</source>
        <translation>考勤号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <source>ID card number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <source>Personal data is shown only to HR, the person and their managers (DB-04).</source>
        <translation>个人信息只对人事、本人及其上级显示（DB-04）。</translation>
    </message>
    <message>
        <source>Verified by HR:</source>
        <translation>人事核实：</translation>
    </message>
    <message>
        <source>Select an employee first.</source>
        <translation>请先选择一名员工。</translation>
    </message>
    <message>
        <source>Assessment of %1 (HR-04)</source>
        <translation>%1 的考核（HR-04）</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Written exam:</source>
        <translation>笔试：</translation>
    </message>
    <message>
        <source>Practical exam:</source>
        <translation>实操：</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>考核人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Probation until (if passed):</source>
        <translation>试用期至（通过时）：</translation>
    </message>
    <message>
        <source>Import a list...</source>
        <translation>导入名单...</translation>
    </message>
    <message>
        <source>Import an employee list</source>
        <translation>导入员工名单</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.xlsx)</source>
        <translation>员工名单 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>New employees: %1</source>
        <translation>新员工：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>有变化：%1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>无变化：%1</translation>
    </message>
    <message>
        <source>Bad rows: %1</source>
        <translation>错误行：%1</translation>
    </message>
    <message>
        <source>  line %1, %2 &quot;%3&quot;: %4</source>
        <translation>  第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有需要导入的内容。</translation>
    </message>
    <message>
        <source>Import the new and changed employees?</source>
        <translation>导入新员工和有变化的员工吗？</translation>
    </message>
    <message>
        <source>Departments...</source>
        <translation>部门...</translation>
    </message>
    <message>
        <source>No employees yet. Add the departments with Departments... first; then add the people one by one with New..., or bring the whole list in with Import a list... (an Excel or CSV file).</source>
        <translation>还没有员工。先用“部门...”添加部门；然后用“新建...”逐个添加人员，或用“导入名单...”一次导入整个名单（Excel 或 CSV 文件）。</translation>
    </message>
</context>
<context>
    <name>shopdesk::PolicyPage</name>
    <message>
        <source>Early leave counts as absence (the strict reading)</source>
        <translation>早退按旷工处理（严格解释）</translation>
    </message>
    <message>
        <source>A missing punch counts as half a day&apos;s absence</source>
        <translation>缺卡按旷工半天计</translation>
    </message>
    <message>
        <source>The administrative week is Monday to Sunday (the literal reading)</source>
        <translation>行政班工作周为周一至周日（字面解释）</translation>
    </message>
    <message>
        <source>Up to minutes</source>
        <translation>不超过（分钟）</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <source>Lateness and early leave</source>
        <translation>迟到与早退</translation>
    </message>
    <message>
        <source>Grace minutes (ATT-03):</source>
        <translation>宽限分钟（ATT-03）：</translation>
    </message>
    <message>
        <source>Fine tiers (ATT-05); beyond the last is absence (ABS-01 c):</source>
        <translation>罚款档次（ATT-05）；超过最后一档按旷工（ABS-01 c）：</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加档次</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除档次</translation>
    </message>
    <message>
        <source>Fined from occurrence (ATT-05):</source>
        <translation>自第几次起罚款（ATT-05）：</translation>
    </message>
    <message>
        <source>Reminder at occurrence (ATT-06):</source>
        <translation>第几次提醒（ATT-06）：</translation>
    </message>
    <message>
        <source>Warning at occurrence:</source>
        <translation>第几次警告：</translation>
    </message>
    <message>
        <source>Public notice from occurrence:</source>
        <translation>自第几次起张榜：</translation>
    </message>
    <message>
        <source>Months in a row with a notice before dismissal review:</source>
        <translation>连续张榜几个月后进行除名审查：</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>旷工</translation>
    </message>
    <message>
        <source>First absence in a month (ABS-02):</source>
        <translation>当月第一次旷工（ABS-02）：</translation>
    </message>
    <message>
        <source>Each later absence:</source>
        <translation>此后每次旷工：</translation>
    </message>
    <message>
        <source>Working days absent in a row for dismissal review:</source>
        <translation>连续旷工几个工作日进行除名审查：</translation>
    </message>
    <message>
        <source>Days absent in a year for dismissal review:</source>
        <translation>年内旷工几天进行除名审查：</translation>
    </message>
    <message>
        <source>Proxy punching, each party (ATT-09):</source>
        <translation>代打卡，每方（ATT-09）：</translation>
    </message>
    <message>
        <source>Make-up punches a month (ATT-12):</source>
        <translation>每月补卡次数（ATT-12）：</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存制度</translation>
    </message>
    <message>
        <source>Simulate last month...</source>
        <translation>模拟上月...</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Attendance policy</source>
        <translation>考勤制度</translation>
    </message>
    <message>
        <source>Saved; the change is in the audit log.</source>
        <translation>已保存；此次修改已记入审计日志。</translation>
    </message>
    <message>
        <source>%1 under the draft policy</source>
        <translation>按草拟制度计算的 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Days that change</source>
        <translation>变化天数</translation>
    </message>
    <message>
        <source>Absent days</source>
        <translation>旷工天数</translation>
    </message>
    <message>
        <source>Fines</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>处理标记</translation>
    </message>
    <message>
        <source>Nobody&apos;s month would change.</source>
        <translation>没有人的月度考勤会发生变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) would see a different month. Nothing is saved until you press Save policy.</source>
        <translation>
            <numerusform>有 %n 名员工的月度考勤会发生变化。在您点击“保存制度”之前不会保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Marriage leave, days (LEAVE-06):</source>
        <translation>婚假天数（LEAVE-06）：</translation>
    </message>
    <message>
        <source>Bereavement leave, days (LEAVE-06):</source>
        <translation>丧假天数（LEAVE-06）：</translation>
    </message>
    <message>
        <source>Overtime and comp time</source>
        <translation>加班与调休</translation>
    </message>
    <message>
        <source>Working-day overtime (HOL-02):</source>
        <translation>工作日加班（HOL-02）：</translation>
    </message>
    <message>
        <source>Rest-day overtime without comp time:</source>
        <translation>休息日加班（未安排调休）：</translation>
    </message>
    <message>
        <source>Statutory-holiday overtime:</source>
        <translation>法定假日加班：</translation>
    </message>
    <message>
        <source>Comp time not taken is paid out after, months (OT-02):</source>
        <translation>未调休时间折算支付的期限（月，OT-02）：</translation>
    </message>
</context>
<context>
    <name>shopdesk::PriceChangeDialog</name>
    <message>
        <source>New price for %1</source>
        <translation>%1 的新价格</translation>
    </message>
    <message>
        <source>yuan, such as 35.00</source>
        <translation>单位为元，如 35.00</translation>
    </message>
    <message>
        <source>Competitor&apos;s shop</source>
        <translation>竞品店铺</translation>
    </message>
    <message>
        <source>Their price</source>
        <translation>对方价格</translation>
    </message>
    <message>
        <source>&amp;Another competitor</source>
        <translation>添加竞品(&amp;A)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>%1 %2 %3, now %4</source>
        <translation>%1 %2 %3，现价 %4</translation>
    </message>
    <message>
        <source>&amp;New price:</source>
        <translation>新价格(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>As&amp;k the leader</source>
        <translation>报领导审批(&amp;K)</translation>
    </message>
    <message>
        <source>The competitors&apos; prices for the same article (PRD-01):</source>
        <translation>竞品同款商品的价格（PRD-01）：</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a price in yuan.</source>
        <translation>第 %1 行：“%2”不是以元为单位的价格。</translation>
    </message>
    <message>
        <source>No competitor&apos;s price yet.</source>
        <translation>尚无竞品价格。</translation>
    </message>
    <message numerus="yes">
        <source>%n competitor(s): lowest %1, average %2, highest %3.</source>
        <translation>
            <numerusform>%n 个竞品：最低 %1，平均 %2，最高 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sell(s) for less than the new price.</source>
        <translation>
            <numerusform>其中 %n 个售价低于新价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new price in yuan.</source>
        <translation>请以元为单位填写新价格。</translation>
    </message>
</context>
<context>
    <name>shopdesk::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>colour, size, weight ...</source>
        <translation>颜色、尺码、重量...</translation>
    </message>
    <message>
        <source>EAN-13 from the package, or the shop&apos;s own code</source>
        <translation>包装上的 EAN-13 条码，或店铺自编的编码</translation>
    </message>
    <message>
        <source>yuan, such as 15.00</source>
        <translation>单位为元，如 15.00</translation>
    </message>
    <message>
        <source>yuan, such as 39.00</source>
        <translation>单位为元，如 39.00</translation>
    </message>
    <message>
        <source>A price changes through a price change the leader approves (PRD-01).</source>
        <translation>价格须通过领导审批的调价申请修改（PRD-01）。</translation>
    </message>
    <message>
        <source>&amp;SKU code:</source>
        <translation>SKU 编码(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Specificatio&amp;n:</source>
        <translation>规格(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>条码(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类目(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <source>Price (PRD-01):</source>
        <translation>价格（PRD-01）：</translation>
    </message>
    <message>
        <source>&amp;Low stock at:</source>
        <translation>低库存线(&amp;L)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>%1, %2 on hand</source>
        <translation>%1，库存 %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>原价格</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>first price</source>
        <translation>首次定价</translation>
    </message>
    <message>
        <source>Price history (PRD-01)</source>
        <translation>价格历史（PRD-01）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>Add a &amp;picture...</source>
        <translation>添加图片(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Remove the picture</source>
        <translation>删除图片(&amp;R)</translation>
    </message>
    <message>
        <source>Pictures for the shop pages (at most 500 KB each, WEB-04)</source>
        <translation>商品页面图片（每张最多 500 KB，WEB-04）</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>%1
%2 KB</source>
        <translation>%1
%2 KB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Choose a picture first.</source>
        <translation>请先选择一张图片。</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <source>Remove %1 from the product&apos;s pictures?</source>
        <translation>从商品图片中删除 %1？</translation>
    </message>
</context>
<context>
    <name>shopdesk::ProductImportDialog</name>
    <message>
        <source>Import a product list</source>
        <translation>导入商品清单</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>new, at %1, as a draft</source>
        <translation>新增，售价 %1，存为草稿</translation>
    </message>
    <message>
        <source>card changed</source>
        <translation>商品资料有修改</translation>
    </message>
    <message>
        <source>What the import writes</source>
        <translation>导入将写入的内容</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
</context>
<context>
    <name>shopdesk::ProductsPage</name>
    <message>
        <source>SKU code, barcode or any part of the title (Ctrl+F)</source>
        <translation>SKU 编码、条码或标题中的任意文字（Ctrl+F）</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>新建(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Stock...</source>
        <translation>库存登记(&amp;S)...</translation>
    </message>
    <message>
        <source>Book a receipt, a sale, a customer return or a count&apos;s difference (PRD-04)</source>
        <translation>登记入库、销售、客户退货或盘点差额（PRD-04）</translation>
    </message>
    <message>
        <source>Ask the leader for a new price, with the competitors&apos; prices (PRD-01)</source>
        <translation>附上竞品价格，将新价格报领导审批（PRD-01）</translation>
    </message>
    <message>
        <source>&amp;Take off sale...</source>
        <translation>下架(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Import a list...</source>
        <translation>导入清单(&amp;I)...</translation>
    </message>
    <message>
        <source>Import a product list</source>
        <translation>导入商品清单</translation>
    </message>
    <message>
        <source>Product lists (*.csv *.xlsx)</source>
        <translation>商品清单 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The product manager asks for this (PRD-01, PRD-02).</source>
        <translation>此操作由产品经理申请（PRD-01、PRD-02）。</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1（偏低）</translation>
    </message>
    <message>
        <source>Choose a product in the list first.</source>
        <translation>请先在列表中选择一个商品。</translation>
    </message>
    <message>
        <source>Why should %1 %2 be %3? The leader reads it.</source>
        <translation>为什么要将 %1 %2 %3？此理由将提交领导审阅。</translation>
    </message>
    <message>
        <source>Asked: the leader approves it, then the web editor carries it out (PRD-02).</source>
        <translation>已提交申请：领导审批后，由网站编辑执行（PRD-02）。</translation>
    </message>
    <message>
        <source>Lab&amp;els</source>
        <translation>标签(&amp;E)</translation>
    </message>
    <message>
        <source>Labels of the selected product: print preview...</source>
        <translation>所选商品的标签：打印预览...</translation>
    </message>
    <message>
        <source>Labels of the selected product: save as PDF...</source>
        <translation>所选商品的标签：保存为 PDF...</translation>
    </message>
    <message>
        <source>Labels of %1:</source>
        <translation>%1 的标签份数：</translation>
    </message>
    <message>
        <source>Only lo&amp;w on stock</source>
        <translation>仅显示低库存(&amp;W)</translation>
    </message>
    <message>
        <source>New pri&amp;ce...</source>
        <translation>调价(&amp;C)...</translation>
    </message>
    <message>
        <source>P&amp;ut on sale...</source>
        <translation>上架(&amp;U)...</translation>
    </message>
    <message>
        <source>No products here. Add one, or import the product list with Import a list...; or change the filter.</source>
        <translation>这里没有商品。新建一个，或用“导入清单...”导入商品清单；也可换个筛选条件。</translation>
    </message>
</context>
<context>
    <name>shopdesk::PromotionDialog</name>
    <message>
        <source>Propose a promotion</source>
        <translation>提出促销活动</translation>
    </message>
    <message>
        <source>what, for whom, why</source>
        <translation>做什么、面向谁、为什么</translation>
    </message>
    <message>
        <source>SKU codes or barcodes, separated by commas or spaces</source>
        <translation>SKU 编码或条码，用逗号或空格分隔</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>活动构想(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>Specify &quot;%1&quot;</source>
        <translation>细化“%1”</translation>
    </message>
    <message>
        <source>Promotion:</source>
        <translation>促销活动：</translation>
    </message>
    <message>
        <source>yuan, under every product&apos;s price</source>
        <translation>单位为元，须低于所有商品的价格</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>优惠方式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Percentage off:</source>
        <translation>折扣百分比(&amp;P)：</translation>
    </message>
    <message>
        <source>Promotion p&amp;rice:</source>
        <translation>促销价(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Buy:</source>
        <translation>购买件数(&amp;B)：</translation>
    </message>
    <message>
        <source>Pay for:</source>
        <translation>付款件数：</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>提出(&amp;P)</translation>
    </message>
    <message>
        <source>Send to the &amp;leader</source>
        <translation>报领导审批(&amp;L)</translation>
    </message>
    <message>
        <source>Give the promotion price in yuan.</source>
        <translation>请以元为单位填写促销价。</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
</context>
<context>
    <name>shopdesk::PromotionsPage</name>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>The planner proposes (PRD-03).</source>
        <translation>由网站策划提出（PRD-03）。</translation>
    </message>
    <message>
        <source>The product manager specifies the offer and sends it to the leader (PRD-03).</source>
        <translation>由产品经理细化优惠方式并报领导审批（PRD-03）。</translation>
    </message>
    <message>
        <source>The web editor publishes what the leader approved (PRD-03).</source>
        <translation>由网站编辑发布领导已批准的促销活动（PRD-03）。</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠方式</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Specified by</source>
        <translation>细化人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Promotions running between</source>
        <translation>促销活动时间范围：</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Choose a promotion first.</source>
        <translation>请先选择一个促销活动。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Withdraw the promotion &quot;%1&quot;?</source>
        <translation>撤回促销活动“%1”？</translation>
    </message>
    <message>
        <source>Pr&amp;opose...</source>
        <translation>提出(&amp;O)...</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>发布(&amp;B)</translation>
    </message>
    <message>
        <source>No promotions in these dates. The planner proposes one with Propose...; or change the dates.</source>
        <translation>这段日期内没有促销活动。网站策划用“提出...”提出活动；或者更改日期。</translation>
    </message>
    <message>
        <source>Sp&amp;ecify the offer...</source>
        <translation>细化优惠方式(&amp;E)...</translation>
    </message>
</context>
<context>
    <name>shopdesk::PunchImportDialog</name>
    <message>
        <source>PIN or staff no.</source>
        <translation>考勤号或工号</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的姓名</translation>
    </message>
    <message>
        <source>New punches</source>
        <translation>新增打卡</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import punches from %1</source>
        <translation>从 %1 导入打卡记录</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Unknown people</source>
        <translation>未知人员</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <source>Reading the time-clock file...</source>
        <translation>正在读取考勤机文件...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing punches...</source>
        <translation>正在导入打卡记录...</translation>
    </message>
    <message>
        <source>Import punches</source>
        <translation>导入打卡记录</translation>
    </message>
</context>
<context>
    <name>shopdesk::PurchasingPage</name>
    <message>
        <source>&amp;Receive delivery...</source>
        <translation>到货入库(&amp;R)...</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到数量</translation>
    </message>
    <message>
        <source>Why this supplier</source>
        <translation>选择理由</translation>
    </message>
    <message>
        <source>Purchase requests (new ones come from the reorder suggestions):</source>
        <translation>采购申请（新申请从补货建议中生成）：</translation>
    </message>
    <message>
        <source>Purchase orders:</source>
        <translation>采购订单：</translation>
    </message>
    <message>
        <source>The delivery is overdue</source>
        <translation>已超过约定到货日期</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Choose an approved purchase request first.</source>
        <translation>请先选择一项已批准的采购申请。</translation>
    </message>
    <message>
        <source>Receive delivery</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <source>Choose an open purchase order first.</source>
        <translation>请先选择一张未结的采购订单。</translation>
    </message>
    <message>
        <source>Record &amp;invoice...</source>
        <translation>记录发票(&amp;I)...</translation>
    </message>
    <message>
        <source>Record invoice</source>
        <translation>记录发票</translation>
    </message>
    <message>
        <source>Choose the purchase order the invoice is for.</source>
        <translation>请选择该发票对应的采购订单。</translation>
    </message>
    <message>
        <source>Place or&amp;der...</source>
        <translation>下单(&amp;D)...</translation>
    </message>
    <message>
        <source>O&amp;nly open orders</source>
        <translation>仅显示未结订单(&amp;N)</translation>
    </message>
    <message>
        <source>No purchase requests yet. Request purchase... on the Reorder suggestions tab makes one.</source>
        <translation>还没有采购申请。在“补货建议”页点击“申请采购...”即可生成。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReceiptDialog</name>
    <message>
        <source>Delivery for %1</source>
        <translation>%1 到货</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Arrived before</source>
        <translation>此前已到</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未到数量</translation>
    </message>
    <message>
        <source>Arrived now</source>
        <translation>本次到货</translation>
    </message>
    <message>
        <source>&amp;Everything outstanding arrived</source>
        <translation>未到部分全部到齐(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Book receipt</source>
        <translation>登记入库(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 from %2, due %3</source>
        <translation>%1，供应商 %2，约定到货日期 %3</translation>
    </message>
    <message>
        <source>All %1 outstanding of %2 are counted already.</source>
        <translation>%2 的未到数量 %1 已全部清点。</translation>
    </message>
    <message>
        <source>%1 is not on %2.</source>
        <translation>%1 不在 %2 中。</translation>
    </message>
    <message>
        <source>Scan a package: its item counts one more</source>
        <translation>扫描包装：该物品本次到货数量加一</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReimbursementDialog</name>
    <message>
        <source>Reimburse %1</source>
        <translation>报销 %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 approved, %4 lent</source>
        <translation>%1，%2：批准 %3，已借 %4</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>&amp;Settled on:</source>
        <translation>报销日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Issued on (YYYY-MM-DD)</source>
        <translation>开票日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>&amp;Add invoice</source>
        <translation>添加发票(&amp;A)</translation>
    </message>
    <message>
        <source>Attach s&amp;can...</source>
        <translation>附加扫描件(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Reimburse</source>
        <translation>报销(&amp;R)</translation>
    </message>
    <message>
        <source>Invoice scan</source>
        <translation>发票扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Invoices %1: pay out %2.</source>
        <translation>发票合计 %1：应付 %2。</translation>
    </message>
    <message>
        <source>Invoices %1: %2 comes back to the cash box.</source>
        <translation>发票合计 %1：%2 应退回钱箱。</translation>
    </message>
    <message>
        <source>Row %1, amount: &quot;%2&quot; is not an amount of money.</source>
        <translation>第 %1 行，金额：“%2”不是有效金额。</translation>
    </message>
    <message>
        <source>Row %1, issued on: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>第 %1 行，开票日期：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReorderPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Request &amp;purchase...</source>
        <translation>申请采购(&amp;P)...</translation>
    </message>
    <message>
        <source>The selected lines, or all of them, become one purchase request for approval</source>
        <translation>将所选行（未选择时为全部行）合并为一项采购申请提交审批</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Used per month</source>
        <translation>月用量</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交货周期</translation>
    </message>
    <message>
        <source>Suggested quantity</source>
        <translation>建议采购量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase request</source>
        <translation>采购申请</translation>
    </message>
    <message>
        <source>No item is at or under its reorder point.</source>
        <translation>没有物品的库存到达或低于补货点。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the reorder suggestions. What is the purchase for?</source>
        <translation>
            <numerusform>已从补货建议中选取 %n 种物品。此次采购的用途是什么？</numerusform>
        </translation>
    </message>
    <message>
        <source>PR-%1 waits for approval in the inbox of the office&apos;s head.</source>
        <translation>PR-%1 已提交，正等待办公室负责人审批。</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途数量</translation>
    </message>
    <message>
        <source>Nothing to reorder: no item is at or under its reorder point. Items and their reorder points are kept on the Stock tab.</source>
        <translation>无需补货：没有物品达到或低于补货点。物品及其补货点在“库存”页维护。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) at or under the reorder point.</source>
        <translation>
            <numerusform>共 %n 种物品的库存已到或低于补货点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quantity brings each back to its point and lasts through the lead time and one month more, at the average use of the last %n month(s).</source>
        <translation>
            <numerusform>建议采购量按最近 %n 个月的平均用量计算，可使库存回到补货点，并满足交货周期再加一个月的用量。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReportBar</name>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;XLSX...</source>
        <translation>XLSX(&amp;X)...</translation>
    </message>
    <message>
        <source>&amp;CSV...</source>
        <translation>CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Print previe&amp;w...</source>
        <translation>打印预览(&amp;W)...</translation>
    </message>
    <message>
        <source>Printing and saving reports needs the work area &quot;%1&quot;; an administrator gives it in Administration.</source>
        <translation>打印和保存报表需要“%1”工作范围，请管理员在“系统管理”中授予。</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReportsPage</name>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Use by department per month (yuan)</source>
        <translation>各部门每月领用（元）</translation>
    </message>
</context>
<context>
    <name>shopdesk::RequestTableModel</name>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>special permission</source>
        <translation>特殊权限</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>From: %1, %2</source>
        <translation>申请人：%1，%2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>%1. %2, %3: </source>
        <translation>%1. %2，%3：</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未轮到</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source> by phone (%1, recorded by %2)</source>
        <translation>（电话批准：%1，由 %2 登记）</translation>
    </message>
    <message>
        <source> by %1 as deputy</source>
        <translation>（由代理人 %1 审批）</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Approved steps</source>
        <translation>已批步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>申请内容：%1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2 KB)</source>
        <translation>附件：%1（%2 KB）</translation>
    </message>
    <message>
        <source>, not yet confirmed by %1</source>
        <translation>，%1 尚未确认</translation>
    </message>
    <message>
        <source>, confirmed by %1</source>
        <translation>，%1 已确认</translation>
    </message>
    <message>
        <source>, DISPUTED by %1 (%2)</source>
        <translation>，%1 提出异议（%2）</translation>
    </message>
</context>
<context>
    <name>shopdesk::RequestsPage</name>
    <message>
        <source>Show &amp;every change, done ones too</source>
        <translation>显示全部申请，包括已完成的(&amp;E)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现价</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <source>&amp;Carry out the change</source>
        <translation>执行上下架(&amp;C)</translation>
    </message>
    <message>
        <source>The web editor publishes what the leader approved (PRD-01, PRD-02).</source>
        <translation>由网站编辑发布领导已批准的申请（PRD-01、PRD-02）。</translation>
    </message>
    <message>
        <source>Price changes (PRD-01)</source>
        <translation>调价申请（PRD-01）</translation>
    </message>
    <message>
        <source>Listing changes (PRD-02)</source>
        <translation>上下架申请（PRD-02）</translation>
    </message>
    <message>
        <source>Normal delisting</source>
        <translation>正常下架</translation>
    </message>
    <message>
        <source>Stock reached zero (PRD-02)</source>
        <translation>库存为零（PRD-02）</translation>
    </message>
    <message>
        <source>Choose a price change first.</source>
        <translation>请先选择一项调价申请。</translation>
    </message>
    <message>
        <source>Choose a listing change first.</source>
        <translation>请先选择一项上下架申请。</translation>
    </message>
    <message>
        <source>Pu&amp;blish the new price</source>
        <translation>发布新价格(&amp;B)</translation>
    </message>
    <message>
        <source>No price changes waiting. The product manager asks for one with New price... on the Products tab; or show every change.</source>
        <translation>没有待审批的调价。产品经理在“商品”页用“调价...”申请；或者勾选“显示全部申请”。</translation>
    </message>
</context>
<context>
    <name>shopdesk::RequestsPanel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Leave...</source>
        <translation>请假...</translation>
    </message>
    <message>
        <source>Out of office...</source>
        <translation>因公外出...</translation>
    </message>
    <message>
        <source>Overtime...</source>
        <translation>加班...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Who is away in</source>
        <translation>本月不在岗人员：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Comp time earned and not taken: %1 h (OT-02)</source>
        <translation>可调休时长：%1 小时（OT-02）</translation>
    </message>
    <message>
        <source>    Medical period since %1: %2 days of sick leave (LEAVE-07)</source>
        <translation>    医疗期自 %1 起：已休病假 %2 天（LEAVE-07）</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>filed late (LEAVE-01)</source>
        <translation>申请过晚（LEAVE-01）</translation>
    </message>
    <message>
        <source>extends %1</source>
        <translation>续 %1</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>No comp time earned yet.</source>
        <translation>尚无可调休时长。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>No requests yet. Ask with Leave..., Out of office... or Overtime...; if they are greyed out, your user is not yet linked to an employee record.</source>
        <translation>还没有申请。用“请假...”、“因公外出...”或“加班...”提出申请；如果这些按钮是灰色的，说明您的用户还没有关联到员工档案。</translation>
    </message>
</context>
<context>
    <name>shopdesk::RequisitionDialog</name>
    <message>
        <source>New requisition</source>
        <translation>新建领用单</translation>
    </message>
    <message>
        <source>What the supplies are for</source>
        <translation>领用用途</translation>
    </message>
    <message>
        <source>Scan or type an item&apos;s code and press Enter: one more of it</source>
        <translation>扫描或输入物品编码后按 Enter：数量加一</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;File requisition</source>
        <translation>提交领用单(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>用途(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Item code:</source>
        <translation>物品编码(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>shopdesk::RosterPage</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source> Rotation among:</source>
        <translation> 轮换部门：</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>%1
Main: %2
Support, cleaning: %3</source>
        <translation>%1
主班：%2
配班、卫生：%3</translation>
    </message>
    <message>
        <source>No roster for this month yet: choose who rotates and press Generate.</source>
        <translation>本月尚无排班：请选择轮换部门，然后点击“生成”。</translation>
    </message>
    <message>
        <source>Published: a change is a swap request for the department head to approve.</source>
        <translation>已发布：如需变更，请提交调班申请由部门负责人审批。</translation>
    </message>
    <message>
        <source>Draft: double-click a day to change it, then publish.</source>
        <translation>草稿：双击某天进行修改，然后发布。</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Replace the draft roster of this month with a new rotation?</source>
        <translation>用新的轮换替换本月的排班草稿吗？</translation>
    </message>
    <message>
        <source>Publish the roster? Afterwards a change needs the department head&apos;s approval.</source>
        <translation>发布排班吗？发布后如需变更，须经部门负责人批准。</translation>
    </message>
    <message>
        <source>Duty on %1</source>
        <translation>%1 值班</translation>
    </message>
    <message>
        <source>Main duty:</source>
        <translation>主班：</translation>
    </message>
    <message>
        <source>Support duty and cleaning:</source>
        <translation>配班及卫生：</translation>
    </message>
    <message>
        <source>Reason for the swap:</source>
        <translation>调班原因：</translation>
    </message>
    <message>
        <source>The swap waits for the department head&apos;s approval.</source>
        <translation>调班申请正等待部门负责人审批。</translation>
    </message>
</context>
<context>
    <name>shopdesk::SalesPage</name>
    <message>
        <source>Net sales (CNY)</source>
        <translation>净销售额（人民币）</translation>
    </message>
    <message>
        <source>Sales (CNY)</source>
        <translation>销售额（人民币）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>No orders in these dates. Orders come in on the Orders tab, with Import a channel&apos;s export...; or change the dates.</source>
        <translation>这段日期内没有订单。订单在“订单”页用“导入渠道导出文件...”导入；或者更改日期。</translation>
    </message>
</context>
<context>
    <name>shopdesk::SecurityIncidentDialog</name>
    <message>
        <source>Record a security incident</source>
        <translation>登记安全事件</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Re&amp;ported to the partner company</source>
        <translation>已上报合作公司(&amp;P)</translation>
    </message>
    <message>
        <source>whom you told there</source>
        <translation>对方联系人</translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation>已解决(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Happened at:</source>
        <translation>发生时间(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>事件经过(&amp;W)：</translation>
    </message>
    <message>
        <source>Reported &amp;at:</source>
        <translation>上报时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>上报人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>对方联系人(&amp;T)：</translation>
    </message>
    <message>
        <source>R&amp;esolved at:</source>
        <translation>解决时间(&amp;E)：</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>解决办法(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>shopdesk::SecurityIncidentsPage</name>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>对方联系人</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>A virus, an intrusion or an outage is reported to the partner company (WEB-05).</source>
        <translation>发现病毒、入侵或故障停机，须上报合作公司（WEB-05）。</translation>
    </message>
    <message>
        <source>Choose an incident first.</source>
        <translation>请先选择一条事件。</translation>
    </message>
    <message>
        <source>Record an i&amp;ncident...</source>
        <translation>登记事件(&amp;N)...</translation>
    </message>
    <message>
        <source>No incidents in the last year. Record an incident... when one happens.</source>
        <translation>近一年没有安全事件。发生时用“登记事件...”记录。</translation>
    </message>
    <message>
        <source>Report or r&amp;esolve...</source>
        <translation>上报或解决(&amp;E)...</translation>
    </message>
</context>
<context>
    <name>shopdesk::ServicePoolsDialog</name>
    <message>
        <source>Who is on the customer service rota</source>
        <translation>客服轮值名单</translation>
    </message>
    <message>
        <source>Online chat, working days:</source>
        <translation>工作日在线客服：</translation>
    </message>
    <message>
        <source>Weekend rotation (back office):</source>
        <translation>周末轮值（后台客服）：</translation>
    </message>
    <message>
        <source>400 hotline, duty managers:</source>
        <translation>400 热线值班经理：</translation>
    </message>
</context>
<context>
    <name>shopdesk::ServiceReportPage</name>
    <message>
        <source>Customer service monthly report</source>
        <translation>客服工作月报</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ServiceRosterPage</name>
    <message>
        <source>&amp;Generate the month</source>
        <translation>生成本月值班(&amp;G)</translation>
    </message>
    <message>
        <source>Fills the month from today on, fairly within each pool (CS-01).</source>
        <translation>从今天起排满本月，各名单内轮流公平分配（CS-01）。</translation>
    </message>
    <message>
        <source>Customer service roster</source>
        <translation>客服值班表</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>400 hotline (evening and night)</source>
        <translation>400 热线（晚间及夜间）</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Online chat %1-%2, the 400 hotline outside them</source>
        <translation>在线客服 %1-%2，其余时间为 400 热线</translation>
    </message>
    <message>
        <source>Chat hours</source>
        <translation>在线客服时间</translation>
    </message>
    <message>
        <source>Online chat from-to (for example 08:50-18:10):</source>
        <translation>在线客服起止时间（例如 08:50-18:10）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not two times such as 08:50-18:10.</source>
        <translation>“%1”不是形如 08:50-18:10 的两个时间。</translation>
    </message>
    <message>
        <source>Generate the month</source>
        <translation>生成本月值班</translation>
    </message>
    <message>
        <source>The days from %1 on are filled already. Replace them?</source>
        <translation>%1 起的日期已排好班，要替换吗？</translation>
    </message>
    <message>
        <source>Nobody is in that pool: set who is on the rota first.</source>
        <translation>该名单中没有人，请先设置轮值名单。</translation>
    </message>
    <message>
        <source>Who covers on %1?</source>
        <translation>%1 由谁值班？</translation>
    </message>
    <message>
        <source>No roster for this month yet. The service supervisor chooses who is on the rota with Who is on the rota..., then presses Generate the month.</source>
        <translation>本月还没有值班表。客服主管先用“轮值名单...”选定值班人员，再点击“生成本月值班”。</translation>
    </message>
    <message>
        <source>Chat hours...</source>
        <translation>在线时间...</translation>
    </message>
    <message>
        <source>Who is o&amp;n the roster...</source>
        <translation>轮值名单(&amp;T)...</translation>
    </message>
</context>
<context>
    <name>shopdesk::SettingsPage</name>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Passwords (rule DB-03)</source>
        <translation>密码（规则 DB-03）</translation>
    </message>
    <message>
        <source>Minimum length (may only be raised):</source>
        <translation>最小长度（只能提高）：</translation>
    </message>
    <message>
        <source>Change every:</source>
        <translation>更换周期：</translation>
    </message>
    <message>
        <source>Earlier passwords that may not be reused:</source>
        <translation>不得重复使用的历史密码个数：</translation>
    </message>
    <message>
        <source>Wrong passwords before the account locks:</source>
        <translation>锁定前允许的密码错误次数：</translation>
    </message>
    <message>
        <source>Lock the account for:</source>
        <translation>锁定时长：</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>Check the database now</source>
        <translation>立即检查数据库</translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, its foreign keys, the audit chain and the protective triggers.</source>
        <translation>检查文件完整性、外键、审计链和保护触发器。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND:</source>
        <translation>发现问题：</translation>
    </message>
</context>
<context>
    <name>shopdesk::ShopPanel</name>
    <message>
        <source>&amp;Products</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <source>Price and &amp;listing changes</source>
        <translation>调价与上下架(&amp;L)</translation>
    </message>
    <message>
        <source>Pro&amp;motions</source>
        <translation>促销活动(&amp;M)</translation>
    </message>
    <message>
        <source>Security &amp;incidents</source>
        <translation>安全事件(&amp;I)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Bad customers</source>
        <translation>劣质客户</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>C&amp;ustomer service</source>
        <translation>客服(&amp;U)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Web publishing</source>
        <translation>网站发布</translation>
    </message>
    <message>
        <source>Official accounts</source>
        <translation>官方账号</translation>
    </message>
</context>
<context>
    <name>shopdesk::ShopReportsPage</name>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Nothing in this report. It reads what the Products, Price and listing changes and Promotions tabs keep; or change the dates.</source>
        <translation>本报表没有内容。它读取“商品”、“调价与上下架”和“促销活动”页的记录；或者更改日期。</translation>
    </message>
</context>
<context>
    <name>shopdesk::StockDialog</name>
    <message>
        <source>Book product stock</source>
        <translation>商品库存登记</translation>
    </message>
    <message>
        <source>Scan or type the SKU code or barcode, then Enter</source>
        <translation>扫描或输入 SKU 编码或条码，然后按 Enter</translation>
    </message>
    <message>
        <source>order number or delivery note</source>
        <translation>订单号或送货单号</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>单据号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>登记(&amp;B)</translation>
    </message>
    <message>
        <source>%1 %2, %3 on hand, %4</source>
        <translation>%1 %2，库存 %3，%4</translation>
    </message>
    <message>
        <source>No product chosen.</source>
        <translation>未选择商品。</translation>
    </message>
</context>
<context>
    <name>shopdesk::StockPage</name>
    <message>
        <source>Code, name or specification (Ctrl+F)</source>
        <translation>按编码、名称或规格筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Only at or under the &amp;reorder point</source>
        <translation>仅显示已到或低于补货点的物品(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>新建物品(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit item</source>
        <translation>编辑物品(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;ceive...</source>
        <translation>入库(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Issue...</source>
        <translation>领用(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;More movements</source>
        <translation>其他出入库(&amp;M)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Movements of the selected item, newest first:</source>
        <translation>所选物品的库存台账（最新的在前）：</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>At or under the reorder point</source>
        <translation>已到或低于补货点</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), worth %1</source>
        <translation>
            <numerusform>共 %n 项，价值 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>编辑物品</translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>请先在列表中选择一种物品。</translation>
    </message>
    <message>
        <source>Im&amp;port...</source>
        <translation>导入(&amp;P)...</translation>
    </message>
    <message>
        <source>Add and change items from a list (CSV or XLSX); a preview comes first</source>
        <translation>从列表（CSV 或 XLSX）新增和修改物品；会先显示预览</translation>
    </message>
    <message>
        <source>Print &amp;labels...</source>
        <translation>打印标签(&amp;L)...</translation>
    </message>
    <message>
        <source>Shelf labels with a barcode for the selected items, on A4 label sheets</source>
        <translation>为所选物品打印带条码的货架标签，使用 A4 标签纸</translation>
    </message>
    <message>
        <source>Save labels as &amp;PDF...</source>
        <translation>将标签保存为 PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>Import an item list</source>
        <translation>导入物品列表</translation>
    </message>
    <message>
        <source>Item lists (*.csv *.xlsx);;All files (*)</source>
        <translation>物品列表 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No items yet. Add one with New item, or import the item list with Import... (an Excel or CSV file).</source>
        <translation>还没有物品。用“新建物品”添加，或用“导入...”导入物品清单（Excel 或 CSV 文件）。</translation>
    </message>
</context>
<context>
    <name>shopdesk::StocktakePage</name>
    <message>
        <source>Category to count</source>
        <translation>要盘点的类别</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>&amp;Print count sheet...</source>
        <translation>打印盘点表(&amp;P)...</translation>
    </message>
    <message>
        <source>Send for &amp;approval</source>
        <translation>提交审批(&amp;A)</translation>
    </message>
    <message>
        <source>Scan an item to go to its line</source>
        <translation>扫描物品以定位到该行</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>No stocktake yet: choose a category and start one.</source>
        <translation>还没有盘点：请选择类别后开始盘点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not on this sheet.</source>
        <translation>%1 不在这张盘点表上。</translation>
    </message>
    <message numerus="yes">
        <source>Send %1 with %n difference(s) to the office head? The counts cannot change afterwards.</source>
        <translation>
            <numerusform>将 %1（%n 项差异）提交给办公室负责人审批？提交后盘点数量不能再修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>No stocktake yet. A supplies clerk starts one: choose a category above and press Start stocktake.</source>
        <translation>还没有盘点。由办公用品管理员开始：在上方选择类别，然后点击“开始盘点”。</translation>
    </message>
    <message>
        <source>Sta&amp;rt stocktake</source>
        <translation>开始盘点(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 lines counted, %n difference(s); %4</source>
        <translation>
            <numerusform>%1：已盘 %2 / %3 行，差异 %n 项；%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::SuppliersPage</name>
    <message>
        <source>&amp;New supplier</source>
        <translation>新建供应商(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Change supplier</source>
        <translation>修改供应商</translation>
    </message>
    <message>
        <source>Choose a supplier in the list first.</source>
        <translation>请先在列表中选择一个供应商。</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Im&amp;port...</source>
        <translation>导入(&amp;P)...</translation>
    </message>
    <message>
        <source>Add and change suppliers from a list (CSV or XLSX); a preview comes first</source>
        <translation>从列表（CSV 或 XLSX）新增和修改供应商；会先显示预览</translation>
    </message>
    <message>
        <source>Import a supplier list</source>
        <translation>导入供应商列表</translation>
    </message>
    <message>
        <source>Supplier lists (*.csv *.xlsx);;All files (*)</source>
        <translation>供应商列表 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No suppliers yet: import their list with Import...</source>
        <translation>还没有供应商：用“导入...”导入供应商名单。</translation>
    </message>
</context>
<context>
    <name>shopdesk::SuppliesPanel</name>
    <message>
        <source>Re&amp;order suggestions</source>
        <translation>补货建议(&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;urchasing</source>
        <translation>采购(&amp;U)</translation>
    </message>
    <message>
        <source>Stock&amp;take</source>
        <translation>盘点(&amp;T)</translation>
    </message>
    <message>
        <source>Depart&amp;ments</source>
        <translation>部门(&amp;M)</translation>
    </message>
    <message>
        <source>Stoc&amp;k</source>
        <translation>库存(&amp;K)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>shopdesk::SupplyImportDialog</name>
    <message>
        <source>Import items</source>
        <translation>导入物品</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>导入供应商</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Import items from %1</source>
        <translation>从 %1 导入物品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>采购周期（天）</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>首选供应商</translation>
    </message>
    <message>
        <source>Import suppliers from %1</source>
        <translation>从 %1 导入供应商</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>原值：%1</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>有变化（%1）</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>有问题（%1）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rows with a problem are not imported; correct them in the file and import it again. Stock is never changed by an import.</source>
        <translation>有问题的行不会导入；请在文件中更正后重新导入。导入从不改变库存。</translation>
    </message>
</context>
<context>
    <name>shopdesk::SupplyItemDialog</name>
    <message>
        <source>Item %1</source>
        <translation>物品：%1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新建物品</translation>
    </message>
    <message>
        <source>the barcode on the package, or the office&apos;s own code</source>
        <translation>包装上的条形码，或办公室自编的编码</translation>
    </message>
    <message>
        <source>pack, box, piece ...</source>
        <translation>包、盒、个……</translation>
    </message>
    <message>
        <source>cabinet and shelf</source>
        <translation>柜号和货架</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>规格(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>存放位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reorder point:</source>
        <translation>补货点(&amp;R)：</translation>
    </message>
    <message>
        <source>Lead &amp;time:</source>
        <translation>交货周期(&amp;T)：</translation>
    </message>
    <message>
        <source>Preferred su&amp;pplier:</source>
        <translation>首选供应商(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>shopdesk::TimeRequestDialog</name>
    <message>
        <source>Ask for leave</source>
        <translation>请假申请</translation>
    </message>
    <message>
        <source>from the morning</source>
        <translation>从上午开始</translation>
    </message>
    <message>
        <source>from the afternoon</source>
        <translation>从下午开始</translation>
    </message>
    <message>
        <source>to the end of the day</source>
        <translation>到当天结束</translation>
    </message>
    <message>
        <source>to noon</source>
        <translation>到中午</translation>
    </message>
    <message>
        <source>a new leave</source>
        <translation>新的请假</translation>
    </message>
    <message>
        <source>extends request %1 (to %2)</source>
        <translation>续申请 %1（至 %2）</translation>
    </message>
    <message>
        <source>Emergency: the supervisor was told by phone (LEAVE-04)</source>
        <translation>紧急情况：已电话告知主管（LEAVE-04）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Out of the office</source>
        <translation>因公外出</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>From, to:</source>
        <translation>起止时间：</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>工作内容：</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Attach a hospital certificate... (LEAVE-02)</source>
        <translation>附上医院证明...（LEAVE-02）</translation>
    </message>
    <message>
        <source>Attach a hospital certificate</source>
        <translation>附上医院证明</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; attach a smaller scan.</source>
        <translation>%1 超过 10 MB，请附较小的扫描件。</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已附：%1</translation>
    </message>
</context>
<context>
    <name>shopdesk::TravellersDialog</name>
    <message>
        <source>Travellers of %1</source>
        <translation>%1 的游客</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Import a list...</source>
        <translation>导入名单(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Import travellers</source>
        <translation>导入游客</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>清单 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Take %1 off the list of %2?</source>
        <translation>将 %1 从 %2 的名单中移除？</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>  line %1, %2 &quot;%3&quot;: %4</source>
        <translation>  第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>  and %1 more.</source>
        <translation>  另有 %1 处。</translation>
    </message>
    <message>
        <source>Add the %1 travellers now?</source>
        <translation>现在添加这 %1 名游客？</translation>
    </message>
</context>
<context>
    <name>shopdesk::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>（未关联）</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Business roles:</source>
        <translation>业务角色：</translation>
    </message>
    <message>
        <source>Work areas:</source>
        <translation>工作范围：</translation>
    </message>
    <message>
        <source>The user must change this password at the first login (passwords are personal).</source>
        <translation>用户首次登录时必须修改此密码（密码仅限本人使用）。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>shopdesk::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Business roles</source>
        <translation>业务角色</translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation>工作范围</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码修改日期</translation>
    </message>
</context>
<context>
    <name>shopdesk::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation>登记交接</translation>
    </message>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>筛选用户 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in; their records stay.</source>
        <translation>停用 %1？停用后无法登录，其记录仍予保留。</translation>
    </message>
    <message>
        <source>A new password for %1. They must change it at their next login.</source>
        <translation>为 %1 设置新密码，其下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Permission change</source>
        <translation>权限变更</translation>
    </message>
    <message>
        <source>The change of level, work areas or roles was submitted for approval as request %1 (rule DB-02). It takes effect when approved.</source>
        <translation>级别、工作范围或角色的变更已作为申请 %1 提交审批（规则 DB-02），批准后生效。</translation>
    </message>
</context>
<context>
    <name>shopdesk::VaultEntryDialog</name>
    <message>
        <source>New official account</source>
        <translation>新官方账号</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>The change takes effect when the general manager approves it (ACC-01).</source>
        <translation>变更经总经理批准后生效（ACC-01）。</translation>
    </message>
    <message>
        <source>empty: it stays as it is</source>
        <translation>留空：保持不变</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密码(&amp;S)：</translation>
    </message>
    <message>
        <source>Secret a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Keepers:</source>
        <translation>保管人(&amp;K)：</translation>
    </message>
    <message>
        <source>Your vault &amp;passphrase:</source>
        <translation>您的保险库口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Ask the general manager</source>
        <translation>提交总经理审批(&amp;A)</translation>
    </message>
    <message>
        <source>The secret and its repetition differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Give the account&apos;s password or key.</source>
        <translation>请填写该账号的密码或密钥。</translation>
    </message>
    <message>
        <source>Your vault passphrase encrypts the secret: type it.</source>
        <translation>密码要用您的保险库口令加密：请输入口令。</translation>
    </message>
</context>
<context>
    <name>shopdesk::VaultPage</name>
    <message>
        <source>My vault &amp;keys...</source>
        <translation>我的保险库密钥(&amp;K)...</translation>
    </message>
    <message>
        <source>Filter by kind, name, address or user name (Ctrl+F)</source>
        <translation>按类别、名称、网址或用户名筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Keepers</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Holds the vault key</source>
        <translation>持有保险库密钥</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>新建账号(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>修改(&amp;C)...</translation>
    </message>
    <message>
        <source>C&amp;opy the secret</source>
        <translation>复制密码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add as keeper...</source>
        <translation>添加为保管人(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Remove keeper...</source>
        <translation>移除保管人(&amp;R)...</translation>
    </message>
    <message>
        <source>A secret shows here for 30 seconds.</source>
        <translation>密码在此显示 30 秒。</translation>
    </message>
    <message>
        <source>Official accounts (ACC-01)</source>
        <translation>官方账号（ACC-01）</translation>
    </message>
    <message>
        <source>You have no vault keys yet: make them with your own vault passphrase (My vault keys).</source>
        <translation>您还没有保险库密钥：请用您自己的保险库口令生成（我的保险库密钥）。</translation>
    </message>
    <message>
        <source>Your keys are made; a keeper asks for you to keep the vault, and the general manager approves.</source>
        <translation>您的密钥已生成；由一位保管人为您申请保管保险库，总经理批准。</translation>
    </message>
    <message>
        <source>Your keys are made; nobody keeps the vault yet: start the registry.</source>
        <translation>您的密钥已生成；保险库尚无人保管：请启用登记簿。</translation>
    </message>
    <message>
        <source>You keep the vault: your passphrase opens the secrets of the accounts you keep.</source>
        <translation>您是保险库保管人：您的口令可打开您所保管账号的密码。</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>保险库口令</translation>
    </message>
    <message>
        <source>Official accounts</source>
        <translation>官方账号</translation>
    </message>
    <message>
        <source>Your vault passphrase now:</source>
        <translation>您现在的保险库口令：</translation>
    </message>
    <message numerus="yes">
        <source>Your new vault passphrase (at least %n character(s); not your sign-in password):</source>
        <translation>
            <numerusform>您的新保险库口令（至少 %n 个字符；不要与登录密码相同）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The new vault passphrase again:</source>
        <translation>再次输入新保险库口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Your vault passphrase is changed.</source>
        <translation>您的保险库口令已修改。</translation>
    </message>
    <message>
        <source>Your vault keys are made. Nobody, the program included, can open them without your passphrase: keep it safe.</source>
        <translation>您的保险库密钥已生成。没有您的口令，任何人（包括本程序）都无法打开：请妥善保管口令。</translation>
    </message>
    <message>
        <source>Your vault passphrase, to start the registry with you as its first keeper:</source>
        <translation>输入您的保险库口令，以您为首位保管人启用登记簿：</translation>
    </message>
    <message>
        <source>Asked: the registry starts when the general manager approves.</source>
        <translation>已提交：总经理批准后登记簿启用。</translation>
    </message>
    <message>
        <source>Asked: the change takes effect when the general manager approves it.</source>
        <translation>已提交：总经理批准后变更生效。</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>Your vault passphrase, to see the secret of %1:</source>
        <translation>输入您的保险库口令以查看 %1 的密码：</translation>
    </message>
    <message numerus="yes">
        <source>%1: hidden again in %n second(s)</source>
        <translation>
            <numerusform>%1：%n 秒后再次隐藏</numerusform>
        </translation>
    </message>
    <message>
        <source>Your vault passphrase, to copy the secret of %1:</source>
        <translation>输入您的保险库口令以复制 %1 的密码：</translation>
    </message>
    <message numerus="yes">
        <source>%1: copied; the clipboard is cleared in %n second(s)</source>
        <translation>
            <numerusform>%1：已复制；剪贴板将在 %n 秒后清空</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the person in the keepers&apos; list first (they make their keys first).</source>
        <translation>请先在保管人列表中选择此人（此人需先生成密钥）。</translation>
    </message>
    <message>
        <source>Your vault passphrase, to hand %1 a copy of the vault key:</source>
        <translation>输入您的保险库口令，为 %1 生成保险库密钥副本：</translation>
    </message>
    <message>
        <source>Asked: %1 keeps the vault when the general manager approves.</source>
        <translation>已提交：总经理批准后 %1 成为保险库保管人。</translation>
    </message>
    <message>
        <source>Choose a keeper first.</source>
        <translation>请先选择一位保管人。</translation>
    </message>
    <message>
        <source>Remove keeper</source>
        <translation>移除保管人</translation>
    </message>
    <message>
        <source>New vault ke&amp;y...</source>
        <translation>换新库密钥(&amp;Y)...</translation>
    </message>
    <message>
        <source>After a keeper left: every secret encrypted anew under a new vault key, so a copy of the old one opens nothing stored afterwards.</source>
        <translation>保管人离开后使用：所有密码用新的库密钥重新加密，旧密钥的副本再也打不开此后保存的内容。</translation>
    </message>
    <message>
        <source>Ask the general manager to take %1&apos;s copy of the vault key away and take them off every account?</source>
        <translation>申请总经理收回 %1 的库密钥副本，并将其从所有账号的保管人中移除？</translation>
    </message>
    <message>
        <source>Asked: %1 stops keeping the vault when the general manager approves. Then ask for a new vault key (New vault key...), so a copy of the old one opens nothing stored afterwards.</source>
        <translation>已申请：总经理批准后，%1 不再保管账号库。之后请申请换新库密钥（换新库密钥...），使旧密钥的副本打不开此后保存的内容。</translation>
    </message>
    <message>
        <source>%1 has seen the secrets of: %2. Change those at the accounts too, and record the new ones here.</source>
        <translation>%1 看过以下账号的密码：%2。请到各账号处修改密码，并在此登记新密码。</translation>
    </message>
    <message>
        <source>Your vault passphrase, to encrypt every secret anew under a new vault key:</source>
        <translation>请输入您的库口令，以便用新的库密钥重新加密所有密码：</translation>
    </message>
    <message>
        <source>Asked: the new vault key takes effect when the general manager approves, if no account or keeper changes before.</source>
        <translation>已申请：总经理批准后新库密钥生效（批准前账号或保管人不得有变化）。</translation>
    </message>
    <message>
        <source>No official accounts registered yet. A keeper of the vault adds one with New account...</source>
        <translation>还没有登记官方账号。保管人用“新建账号...”添加。</translation>
    </message>
    <message>
        <source>S&amp;tart the registry...</source>
        <translation>启用登记簿(&amp;T)...</translation>
    </message>
    <message>
        <source>Show the s&amp;ecret</source>
        <translation>显示密码(&amp;E)</translation>
    </message>
</context>
<context>
    <name>shopdesk::VouchersPage</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All vouchers</source>
        <translation>全部凭证</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>付款凭据号</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>付款 %1</translation>
    </message>
    <message>
        <source>&amp;Pay by transfer...</source>
        <translation>转账付款(&amp;P)...</translation>
    </message>
    <message>
        <source>Pay from the &amp;cash box...</source>
        <translation>现金付款(&amp;C)...</translation>
    </message>
    <message>
        <source>Reference of the bank transfer:</source>
        <translation>银行转账的凭证号：</translation>
    </message>
    <message>
        <source>Pay %1 to %2 from the cash box? It is entered in today&apos;s cash journal.</source>
        <translation>从现金中向 %2 支付 %1？此笔将记入今天的现金日记账。</translation>
    </message>
    <message>
        <source>No vouchers here. Vouchers come from the supplier invoices recorded under Office supplies; or change the filter.</source>
        <translation>这里没有凭证。凭证来自在“办公用品”中登记的供应商发票；或者更改筛选条件。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>shopdesk::WebPublicationDialog</name>
    <message>
        <source>Ask to publish on the web pages</source>
        <translation>申请在网站发布</translation>
    </message>
    <message>
        <source>the text to publish, or what the new home page changes</source>
        <translation>要发布的内容，或新版首页的改动</translation>
    </message>
    <message>
        <source>Confidential or &amp;copyrighted material</source>
        <translation>涉密或有版权的内容(&amp;C)</translation>
    </message>
    <message>
        <source>The general manager approves it too (WEB-03).</source>
        <translation>还须总经理审批（WEB-03）。</translation>
    </message>
    <message>
        <source>&amp;Attach a file...</source>
        <translation>附加文件(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Remove the file</source>
        <translation>移除文件(&amp;R)</translation>
    </message>
    <message>
        <source>Pictures up to 500 KB, videos up to 30 MB, documents up to 1 MB (WEB-04).</source>
        <translation>图片不超过 500 KB，视频不超过 30 MB，文档不超过 1 MB（WEB-04）。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>内容(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Send for a&amp;pproval</source>
        <translation>提交审批(&amp;P)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Once approved, the web editor publishes it within 48 hours (WEB-02).</source>
        <translation>批准后，网站编辑须在 48 小时内发布（WEB-02）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is attached already.</source>
        <translation>%1 已经附上。</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
</context>
<context>
    <name>shopdesk::WebPublishingPage</name>
    <message>
        <source>Also those &amp;done in the last year</source>
        <translation>同时显示近一年已办结的(&amp;D)</translation>
    </message>
    <message>
        <source>As&amp;k to publish...</source>
        <translation>申请发布(&amp;K)...</translation>
    </message>
    <message>
        <source>Pu&amp;blished...</source>
        <translation>已发布(&amp;B)...</translation>
    </message>
    <message>
        <source>The web editor records it published, within 48 hours of the approval (WEB-02).</source>
        <translation>网站编辑在批准后 48 小时内发布并登记（WEB-02）。</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>涉密</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Publish by</source>
        <translation>发布期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>By</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Choose a publication first.</source>
        <translation>请先选择一条发布申请。</translation>
    </message>
    <message>
        <source>Choose a publication to read it.</source>
        <translation>选择一条发布申请即可查看内容。</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Published at %1</source>
        <translation>发布地址：%1</translation>
    </message>
    <message>
        <source>Where is &quot;%1&quot; on the web pages (its address, optional)?</source>
        <translation>“%1”发布在网站的哪个地址（可不填）？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no files.</source>
        <translation>“%1”没有文件。</translation>
    </message>
    <message>
        <source>Save a file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>哪个文件？</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Nothing waits to be published. Ask to publish... starts a request.</source>
        <translation>没有待发布的内容。用“申请发布...”提出申请。</translation>
    </message>
    <message>
        <source>Save a fil&amp;e...</source>
        <translation>保存文件(&amp;E)...</translation>
    </message>
</context>
<context>
    <name>shopdesk::WebShopDialog</name>
    <message>
        <source>Web shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>The orders of the company&apos;s own web shop come into the list by themselves: this PC asks the shop for new and changed orders whenever the list refreshes. The key is kept for this PC alone; to pull from another PC, give the key there.</source>
        <translation>公司自己网店的订单会自动进入列表：每次列表刷新时，本机向网店获取新订单和变更的订单。密钥只为本机保存；要在另一台电脑上拉取，请在那台电脑上填写密钥。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Pulled by</source>
        <translation>拉取电脑</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>已拉取至</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>网店(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer key(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Save: this PC pulls</source>
        <translation>保存：由本机拉取(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>移除(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>立即拉取(&amp;P)</translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation>Consumer secret(&amp;E)：</translation>
    </message>
    <message>
        <source>Admin API access tok&amp;en:</source>
        <translation>Admin API 访问令牌(&amp;E)：</translation>
    </message>
    <message>
        <source>WooCommerce &gt; Settings &gt; Advanced &gt; REST API: a key with read access</source>
        <translation>WooCommerce &gt; 设置 &gt; 高级 &gt; REST API：具有读取权限的密钥</translation>
    </message>
    <message>
        <source>Shopify admin &gt; Apps &gt; Develop apps: an app with the read_orders scope</source>
        <translation>Shopify 后台 &gt; 应用 &gt; 开发应用：具有 read_orders 权限的应用</translation>
    </message>
    <message>
        <source>%1 (this PC)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未拉取</translation>
    </message>
    <message>
        <source>Saved: this PC pulls %1&apos;s orders at every refresh of the list.</source>
        <translation>已保存：列表每次刷新时，本机拉取 %1 的订单。</translation>
    </message>
    <message>
        <source>Remove the web shop</source>
        <translation>移除网店</translation>
    </message>
    <message>
        <source>Stop pulling %1&apos;s orders and forget its key? The orders already pulled stay.</source>
        <translation>停止拉取 %1 的订单并删除其密钥？已拉取的订单保留。</translation>
    </message>
    <message>
        <source>Pulling...</source>
        <translation>正在拉取...</translation>
    </message>
    <message>
        <source>A pull is running; its orders come when it ends.</source>
        <translation>正在拉取；结束后订单即进入列表。</translation>
    </message>
    <message>
        <source>This PC pulls no web shop: save one first.</source>
        <translation>本机没有要拉取的网店：请先保存一个。</translation>
    </message>
</context>
<context>
    <name>shopdesk::WebShopPull</name>
    <message>
        <source>The web shop %1 did not answer within %2 seconds; the next pull tries again.</source>
        <translation>网店 %1 在 %2 秒内没有响应；下次拉取时再试。</translation>
    </message>
    <message>
        <source>The web shop %1 still refused after %2 tries (too many requests); the next pull tries again.</source>
        <translation>网店 %1 在 %2 次尝试后仍拒绝（请求过多）；下次拉取时再试。</translation>
    </message>
    <message>
        <source>The web shop %1 refused the key (HTTP %2): check the key and its rights. %3</source>
        <translation>网店 %1 拒绝了密钥（HTTP %2）：请检查密钥及其权限。%3</translation>
    </message>
    <message>
        <source>The web shop %1 could not be read: %2 %3</source>
        <translation>无法读取网店 %1：%2 %3</translation>
    </message>
    <message>
        <source>The web shop %1, page %2: %3</source>
        <translation>网店 %1，第 %2 页：%3</translation>
    </message>
    <message>
        <source>The web shop %1 gave more than %2 pages; the pull stopped there and wrote nothing.</source>
        <translation>网店 %1 返回超过 %2 页；拉取已停止，未写入任何内容。</translation>
    </message>
    <message>
        <source>The web shop %1 gave its next page at another address, %2; the key is not sent there, and nothing was written.</source>
        <translation>网店 %1 把下一页放在另一个地址 %2；密钥不会发往那里，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>shopdeskctl</name>
    <message>
        <source>shopdeskctl: %1</source>
        <translation>shopdeskctl：%1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>This command changes data: name the user with --user NAME.</source>
        <translation>此命令会修改数据：请用 --user 用户名 指定用户。</translation>
    </message>
    <message>
        <source>No password: set SHOPDESK_PASSWORD or run the command at a terminal.</source>
        <translation>没有密码：请设置 SHOPDESK_PASSWORD，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>init needs --company NAME and --admin USER.</source>
        <translation>init 需要 --company 公司名 和 --admin 用户名。</translation>
    </message>
    <message>
        <source>Created %1 for %2; administrator: %3.</source>
        <translation>已为 %2 创建 %1；管理员：%3。</translation>
    </message>
    <message>
        <source>Schema version %1 -&gt; %2.</source>
        <translation>结构版本 %1 -&gt; %2。</translation>
    </message>
    <message>
        <source>user needs an action (add, disable, reset) and a user name.</source>
        <translation>user 需要一个操作（add、disable、reset）和一个用户名。</translation>
    </message>
    <message>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation>未知的用户操作“%1”。</translation>
    </message>
    <message>
        <source>--level is reader, clerk or dbadmin.</source>
        <translation>--level 须为 reader、clerk 或 dbadmin。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; known: %2.</source>
        <translation>未知角色“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>Unknown area &quot;%1&quot;; known: %2.</source>
        <translation>未知范围“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>User %1 created; they must change the password at the first login.</source>
        <translation>已创建用户 %1；其首次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <source>Password of %1 reset; they must change it at the next login.</source>
        <translation>已重置 %1 的密码；其下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Demo company created in %1: %2 departments, %3 employees.</source>
        <translation>已在 %1 创建示例公司：%2 个部门，%3 名员工。</translation>
    </message>
    <message>
        <source>Sign in as: %1</source>
        <translation>登录账户：%1</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND in %1.</source>
        <translation>%1 中发现问题。</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>backup takes only --to DIR.</source>
        <translation>backup 只接受 --to 文件夹。</translation>
    </message>
    <message>
        <source>Backup %1 made and checked: %2 bytes, SHA-256 %3.</source>
        <translation>备份 %1 已生成并通过检查：%2 字节，SHA-256 %3。</translation>
    </message>
    <message>
        <source>restore needs the backup file.</source>
        <translation>restore 需要指定备份文件。</translation>
    </message>
    <message>
        <source>Restoring replaces the database: confirm with --yes.</source>
        <translation>恢复会替换数据库：请用 --yes 确认。</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? The current state is saved as a backup first. [y/N] </source>
        <translation>用备份 %2 替换 %1？当前状态会先保存为备份。[y/N] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未进行恢复。</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database check passed.</source>
        <translation>已从 %2 恢复 %1；数据库检查通过。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request number.</source>
        <translation>“%1”不是申请编号。</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>申请 %1：%2。</translation>
    </message>
    <message>
        <source>Use: punches import FILE [--format auto|zkteco|zktime|dingtalk] [--encoding auto|utf-8|gb18030] [--dry-run]</source>
        <translation>用法：punches import 文件 [--format auto|zkteco|zktime|dingtalk] [--encoding auto|utf-8|gb18030] [--dry-run]</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>未知格式“%1”。</translation>
    </message>
    <message>
        <source>  line %1, %2 &quot;%3&quot;: %4</source>
        <translation>  第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 punches.</source>
        <translation>已导入 %1 条打卡记录。</translation>
    </message>
    <message>
        <source>Use: attendance report --month YYYY-MM [--dept NAME] --format pdf|xlsx|csv --out FILE
     attendance confirm --month YYYY-MM</source>
        <translation>用法：attendance report --month YYYY-MM [--dept 部门] --format pdf|xlsx|csv --out 文件
      attendance confirm --month YYYY-MM</translation>
    </message>
    <message>
        <source>Name the month with --month YYYY-MM.</source>
        <translation>请用 --month YYYY-MM 指定月份。</translation>
    </message>
    <message>
        <source>%1 confirmed.</source>
        <translation>%1 已确认。</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>没有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>%1 employees, written to %2</source>
        <translation>%1 名员工，已写入 %2</translation>
    </message>
    <message>
        <source>Attendance: %1 clock punches, %2 duty roster days, %3 leave and overtime filings.</source>
        <translation>考勤：%1 条打卡记录，%2 天值班安排，%3 条请假和加班记录。</translation>
    </message>
    <message>
        <source>Use: payroll export --month YYYY-MM --format xlsx|csv --out FILE</source>
        <translation>用法：payroll export --month YYYY-MM --format xlsx|csv --out 文件</translation>
    </message>
    <message>
        <source>%1 payroll lines, written to %2</source>
        <translation>%1 条工资明细，已写入 %2</translation>
    </message>
    <message>
        <source>approvals takes list, approve ID, reject ID, withdraw ID, confirm-phone ID or dispute-phone ID.</source>
        <translation>approvals 可用 list、approve ID、reject ID、withdraw ID、confirm-phone ID 或 dispute-phone ID。</translation>
    </message>
    <message>
        <source>--by-phone records an approval; a rejection is given by the approver.</source>
        <translation>--by-phone 只用于登记批准；驳回须由审批人本人作出。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <source>Office supplies: %1 items from %2 suppliers, %3 stock movements.</source>
        <translation>办公用品：%1 种物品，来自 %2 家供应商，%3 条库存变动记录。</translation>
    </message>
    <message>
        <source>Booked: %1 %2, %3 %4 on hand.</source>
        <translation>已登记：%1 %2，现存 %3 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s)).</source>
        <translation>
            <numerusform>已写入：%1（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: supplies stocktake start [--category NAME] | list
     supplies stocktake count ID CODE COUNTED [--reason TEXT] | submit ID
     supplies stocktake export ID --format pdf|xlsx|csv --out FILE</source>
        <translation>用法：supplies stocktake start [--category 类别] | list
      supplies stocktake count 编号 编码 盘点数量 [--reason 原因] | submit 编号
      supplies stocktake export 编号 --format pdf|xlsx|csv --out 文件</translation>
    </message>
    <message>
        <source>Use: supplies stock [--category NAME] [--reorder]
     supplies reorder
     supplies movements CODE [--limit N]
     supplies book receive|issue|return|local-purchase CODE QUANTITY [--price YUAN] [--dept NAME] --reason TEXT [--ref TEXT]
     supplies report stock|use|orders|invoices --format pdf|xlsx|csv --out FILE
     supplies stocktake start [--category NAME] | list
     supplies stocktake count ID CODE COUNTED [--reason TEXT] | submit ID
     supplies stocktake export ID --format pdf|xlsx|csv --out FILE
     supplies labels --pdf FILE [--codes CODE,CODE,...] [--copies N]
     supplies import-items|import-suppliers FILE [--dry-run]</source>
        <translation>用法：supplies stock [--category NAME] [--reorder]
      supplies reorder
      supplies movements CODE [--limit N]
      supplies book receive|issue|return|local-purchase CODE QUANTITY [--price YUAN] [--dept NAME] --reason TEXT [--ref TEXT]
      supplies report stock|use|orders|invoices --format pdf|xlsx|csv --out FILE
      supplies stocktake start [--category NAME] | list
      supplies stocktake count ID CODE COUNTED [--reason TEXT] | submit ID
      supplies stocktake export ID --format pdf|xlsx|csv --out FILE
      supplies labels --pdf FILE [--codes CODE,CODE,...] [--copies N]
      supplies import-items|import-suppliers FILE [--dry-run]</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n label(s)).</source>
        <translation>
            <numerusform>已写入：%1（%n 张标签）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: supplies import-items|import-suppliers FILE [--dry-run]</source>
        <translation>用法：supplies import-items|import-suppliers FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed.</source>
        <translation>已导入：新增 %1 项，修改 %2 项。</translation>
    </message>
    <message>
        <source>Use: vouchers list [--state pending|signed|paid|refused]
     vouchers pay ID --ref TEXT</source>
        <translation>用法：vouchers list [--state pending|signed|paid|refused]
      vouchers pay ID --ref TEXT</translation>
    </message>
    <message>
        <source>Paid %1.</source>
        <translation>已付款：%1。</translation>
    </message>
    <message>
        <source>Finance: %1 cash journal entries, %2 expense requests.</source>
        <translation>财务：%1 条现金日记账分录，%2 项费用申请。</translation>
    </message>
    <message>
        <source>Staff number %1 is not on the allowance sheet of %2 (no such person in service, or no rule for their position).</source>
        <translation>工号 %1 不在 %2 的补贴表上（没有该在职人员，或其职位没有补贴标准）。</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式填写月份。</translation>
    </message>
    <message>
        <source>Use: finance cash DAY receipt|payment YUAN --to NAME --for TEXT [--category NAME]
     finance close-day DAY COUNTED_YUAN | finance review-day DAY [--note TEXT]
     finance bill YYYY-MM STAFF_NO YUAN     a phone bill for the allowance sheet
     finance import-bills YYYY-MM FILE [--dry-run]   the month&apos;s phone bills, CSV or XLSX
     finance close YYYY-MM | finance reopen YYYY-MM --reason TEXT
     finance summary YYYY-MM</source>
        <translation>用法：finance cash DAY receipt|payment YUAN --to NAME --for TEXT [--category NAME]
     finance close-day DAY COUNTED_YUAN | finance review-day DAY [--note TEXT]
     finance bill YYYY-MM STAFF_NO YUAN     录入补贴表上的话费
     finance import-bills YYYY-MM FILE [--dry-run]   导入当月话费清单（CSV 或 XLSX）
     finance close YYYY-MM | finance reopen YYYY-MM --reason TEXT
     finance summary YYYY-MM</translation>
    </message>
    <message>
        <source>Imported: %1 bills.</source>
        <translation>已导入：%1 笔话费。</translation>
    </message>
    <message>
        <source>Contracts: %1 in the office&apos;s archive, %2 with their signed original as a PDF.</source>
        <translation>合同：行政部档案室 %1 份，其中 %2 份附有 PDF 签字正本。</translation>
    </message>
    <message>
        <source>There is no contract numbered %1.</source>
        <translation>没有编号为 %1 的合同。</translation>
    </message>
    <message>
        <source>Use: contracts search TEXT            number, signed, title, party and where in its files
     contracts attach NUMBER FILE --as DOCUMENT   a scan or document, kept as a new version
     contracts read-scans              reads the text of every file waiting for it
     contracts labels folders|boxes --pdf FILE [--numbers N,N,...]   A4 label sheets</source>
        <translation>用法：contracts search TEXT            编号、签订日、名称、相对方及在文件中的位置
     contracts attach NUMBER FILE --as DOCUMENT   添加扫描件或文件，作为新版本保存
     contracts read-scans              读取所有等待读取的文件的文字
     contracts labels folders|boxes --pdf FILE [--numbers N,N,...]   A4 标签纸</translation>
    </message>
    <message>
        <source>%1 v%2, page %3, line %4: %5</source>
        <translation>%1 第 %2 版，第 %3 页第 %4 行：%5</translation>
    </message>
    <message>
        <source>Cannot read %1 whole: %2</source>
        <translation>无法完整读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 version %3 kept; its text is read by `contracts read-scans` or the contracts panel.</source>
        <translation>%1：已保存 %2 第 %3 版；其文字由 `contracts read-scans` 或合同面板读取。</translation>
    </message>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1：第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>%1: not readable: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read for search</source>
        <translation>
            <numerusform>已读取 %n 个文件以供检索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not readable</source>
        <translation>
            <numerusform>，%n 个无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract says where it is kept.</source>
        <translation>没有任何合同登记了存放位置。</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 张标签写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop: %1 products, %2 stock movements, %3 price changes, %4 promotions.</source>
        <translation>电商：%1 个商品，%2 条库存变动记录，%3 项调价申请，%4 个促销活动。</translation>
    </message>
    <message>
        <source>Booked: %1 %2, %3 on hand (%4).</source>
        <translation>已登记：%1 %2，库存 %3（%4）。</translation>
    </message>
    <message>
        <source>Use: products import FILE [--dry-run]</source>
        <translation>用法：products import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Use: products list [--text TEXT] [--low]
     products book receive|sell|return|adjust CODE QUANTITY --reason TEXT [--ref TEXT]
     products import FILE [--dry-run]
     products labels --pdf FILE [--codes CODE,CODE,...] [--copies N]
     products export --format xlsx|csv --out FILE
     products report stock|prices|listings|promotions|products [--from DAY --to DAY] --format pdf|xlsx|csv --out FILE</source>
        <translation>用法：products list [--text TEXT] [--low]
      products book receive|sell|return|adjust CODE QUANTITY --reason TEXT [--ref TEXT]
      products import FILE [--dry-run]
      products labels --pdf FILE [--codes CODE,CODE,...] [--copies N]
      products export --format xlsx|csv --out FILE
      products report stock|prices|listings|promotions|products [--from DAY --to DAY] --format pdf|xlsx|csv --out FILE</translation>
    </message>
    <message>
        <source>Imported: %1 new orders, %2 new statuses.</source>
        <translation>已导入：新订单 %1 个，平台状态变化 %2 个。</translation>
    </message>
    <message>
        <source>There is no %1 order %2.</source>
        <translation>没有 %1 订单 %2。</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>订单 %1：%2。</translation>
    </message>
    <message>
        <source>demo takes --employees N, --months M, --seed S, --supply-items N, --supply-movements N, --cash-per-day N, --shop-products N, --shop-movements N and --shop-orders N, each a whole number.</source>
        <translation>demo 接受 --employees N、--months M、--seed S、--supply-items N、--supply-movements N、--cash-per-day N、--shop-products N、--shop-movements N 和 --shop-orders N，均须为整数。</translation>
    </message>
    <message>
        <source>Orders: %1 from Taobao, JD, the web shop and Shopify, today&apos;s at every step.</source>
        <translation>订单：%1 个，来自淘宝、京东、官网和 Shopify，今天的订单处于各个处理环节。</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n packing slip(s)).</source>
        <translation>
            <numerusform>已写入：%1（%n 张发货单）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No columns are saved for %1: map them once in the import dialog, or with orders columns %1 number=HEADER created=HEADER title=HEADER ...</source>
        <translation>尚未为 %1 保存列对应：请在导入对话框中设置一次，或使用 orders columns %1 number=HEADER created=HEADER title=HEADER ...</translation>
    </message>
    <message>
        <source>%1: a field is one of %2, as FIELD=HEADER.</source>
        <translation>%1：字段须为 %2 之一，写作 FIELD=HEADER。</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>%1&apos;s exports dropped into %2 import by themselves.</source>
        <translation>放入 %2 的 %1 导出文件将自动导入。</translation>
    </message>
    <message>
        <source>%1&apos;s folder is no longer watched.</source>
        <translation>不再监视 %1 的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Written: %n order(s) and status(es).</source>
        <translation>
            <numerusform>已写入：%n 个订单和状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: orders import FILE --format taobao|shopify|mapped [--channel NAME] [--dry-run]
     orders columns CHANNEL [FIELD=HEADER ...] [--currency CODE]
     orders list [--text TEXT] [--running]
     orders event CHANNEL NUMBER accepted|contacted|confirmed|handed_over|packed|shipped|delivered|cancelled|refunded|note [--text TEXT] [--amount YUAN]
     orders slip NUMBER[,NUMBER...] --pdf FILE [--paper a4|label]
     orders report days|channels|skus --from DAY --to DAY --format pdf|xlsx|csv --out FILE
     orders export --from DAY --to DAY --format xlsx|csv --out FILE
     orders watch CHANNEL [FOLDER] | orders watch-run
     orders webshop [CHANNEL woocommerce|shopify URL | CHANNEL --remove] | orders pull [CHANNEL]</source>
        <translation>用法：orders import FILE --format taobao|shopify|mapped [--channel NAME] [--dry-run]
      orders columns CHANNEL [FIELD=HEADER ...] [--currency CODE]
      orders list [--text TEXT] [--running]
      orders event CHANNEL NUMBER accepted|contacted|confirmed|handed_over|packed|shipped|delivered|cancelled|refunded|note [--text TEXT] [--amount YUAN]
      orders slip NUMBER[,NUMBER...] --pdf FILE [--paper a4|label]
      orders report days|channels|skus --from DAY --to DAY --format pdf|xlsx|csv --out FILE
      orders export --from DAY --to DAY --format xlsx|csv --out FILE
      orders watch CHANNEL [FOLDER] | orders watch-run
      orders webshop [CHANNEL woocommerce|shopify URL | CHANNEL --remove] | orders pull [CHANNEL]</translation>
    </message>
    <message>
        <source>%1	%2	%3	pulled by %4%5	up to %6</source>
        <translation>%1	%2	%3	拉取电脑 %4%5	已拉取至 %6</translation>
    </message>
    <message>
        <source> (this PC)</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The web shop no longer feeds %1.</source>
        <translation>网店不再向 %1 提供订单。</translation>
    </message>
    <message>
        <source>Consumer key and secret (ck_...:cs_...): </source>
        <translation>Consumer key 和 secret（ck_...:cs_...）：</translation>
    </message>
    <message>
        <source>Admin API access token: </source>
        <translation>Admin API 访问令牌：</translation>
    </message>
    <message>
        <source>%1&apos;s orders are pulled from %2 by this PC, which alone holds the key.</source>
        <translation>%1 的订单由本机从 %2 拉取，密钥只保存在本机。</translation>
    </message>
    <message>
        <source>No web shop is pulled by this PC: set one with orders webshop CHANNEL KIND URL.</source>
        <translation>本机没有要拉取的网店：请用 orders webshop CHANNEL KIND URL 设置。</translation>
    </message>
    <message>
        <source>Official accounts: %1, kept by admin with the vault passphrase %2.</source>
        <translation>官方账号：%1 个，由 admin 保管，保险库口令为 %2。</translation>
    </message>
    <message>
        <source>Web: %1 publishing requests, %2 security incidents.</source>
        <translation>网站：%1 条发布申请，%2 条安全事件。</translation>
    </message>
    <message>
        <source>Customer service: %1 roster days, %2 feedback records, %3 bad-customer flags.</source>
        <translation>客服：%1 天值班，%2 条反馈，%3 条劣质客户标记。</translation>
    </message>
    <message>
        <source>Name the database file with --db FILE, or a server&apos;s database with --db postgresql://USER@HOST/DATABASE.</source>
        <translation>请用 --db 文件 指定数据库文件，或用 --db postgresql://USER@HOST/DATABASE 指定服务器上的数据库。</translation>
    </message>
    <message>
        <source>Copied %1 of %2 tables (%3)</source>
        <translation>已复制 %1/%2 张表（%3）</translation>
    </message>
    <message>
        <source>transfer needs --to postgresql://USER@HOST/DATABASE (an empty database on the server) for a company file, or --to FILE (a new file) for a company on a server.</source>
        <translation>transfer 需要 --to postgresql://USER@HOST/DATABASE（服务器上的空数据库）用于公司数据库文件，或 --to 文件（新文件）用于服务器上的公司。</translation>
    </message>
    <message>
        <source>The company is in %1: %2 tables, %3 rows, the same counts as in %6; its audit chain of %4 records verifies (%5 s). %6 is as it was.</source>
        <translation>公司已位于 %1：%2 张表，%3 行，与 %6 中的数量一致；其 %4 条记录的审计链校验通过（%5 秒）。%6 保持原样。</translation>
    </message>
    <message>
        <source>Usage: shopdeskctl --db FILE|postgresql://[USER@]HOST/DATABASE [--user NAME] COMMAND
Commands:
  init --company NAME --admin USER   create a company database (password from standard input, twice)
  migrate                            apply the program&apos;s schema migrations
  user add NAME [--level reader|clerk|dbadmin] [--display NAME] [--role ROLE]... [--scope AREA]...
  user disable NAME | user reset NAME
  demo [--employees N] [--months M] [--seed S] [--supply-items N] [--supply-movements N] [--cash-per-day N]
       [--shop-products N] [--shop-movements N] [--shop-orders N]
                                     create a sample company
  verify                             integrity, foreign keys, audit chain, protective triggers
  backup [--to DIR]                  a checked backup with its manifest
  restore FILE [--yes]               replace the database with a backup (the current state is saved first)
  transfer --to postgresql://USER@HOST/DATABASE   copy the company file to an empty server database
  transfer --to FILE                 copy a company on a server into a new company file
  server-roles                       a server&apos;s groups and every user&apos;s login (as the database&apos;s owner)
  approvals list [--mine|--history]  what waits for --user (tab-separated)
  approvals approve ID [--comment TEXT] [--by-phone USER] | approvals reject ID --comment TEXT
  approvals list --phone | approvals confirm-phone ID | approvals dispute-phone ID --comment TEXT
  approvals withdraw ID
  punches import FILE [--format auto|zkteco|zktime|dingtalk] [--encoding auto|utf-8|gb18030] [--dry-run]
  attendance report --month YYYY-MM [--dept NAME] --format pdf|xlsx|csv --out FILE
  attendance confirm --month YYYY-MM
  payroll export --month YYYY-MM --format xlsx|csv --out FILE
  supplies stock [--category NAME] [--reorder] | supplies reorder | supplies movements CODE
  supplies book receive|issue|return|local-purchase CODE QUANTITY [--price YUAN] [--dept NAME] --reason TEXT
  supplies report stock|use|orders|invoices --format pdf|xlsx|csv --out FILE
  supplies stocktake start [--category NAME] | list | count ID CODE COUNTED [--reason TEXT] | submit ID
  supplies stocktake export ID --format pdf|xlsx|csv --out FILE
  supplies labels --pdf FILE [--codes CODE,CODE,...] [--copies N]
  vouchers list [--state pending|signed|paid|refused] | pay ID --ref TEXT   payment vouchers (cashier)
  finance cash DAY receipt|payment YUAN --to NAME --for TEXT [--category NAME]   the cash journal
  finance close-day DAY COUNTED_YUAN | review-day DAY [--note TEXT]   a day&apos;s close and its review
  finance bill YYYY-MM STAFF_NO YUAN | close YYYY-MM | reopen YYYY-MM --reason TEXT | summary YYYY-MM
  finance import-bills YYYY-MM FILE [--dry-run]   the month&apos;s phone bills (CSV or XLSX)
  supplies import-items|import-suppliers FILE [--dry-run]   item or supplier list (CSV or XLSX)
  contracts search TEXT | attach NUMBER FILE --as DOCUMENT | read-scans   the contract archive
  contracts labels folders|boxes --pdf FILE [--numbers N,N,...]   folder or box labels with QR codes
  products list [--text TEXT] [--low] | book receive|sell|return|adjust CODE QUANTITY --reason TEXT
  products import FILE [--dry-run] | export --format xlsx|csv --out FILE   the shop&apos;s product list
  products labels --pdf FILE [--codes CODE,CODE,...] [--copies N]   product labels with the barcode
  products report stock|prices|listings|promotions|products [--from DAY --to DAY] --format pdf|xlsx|csv --out FILE
  orders import FILE --format taobao|shopify|mapped [--channel NAME] [--dry-run] | list [--text TEXT] [--running]
  orders columns CHANNEL [FIELD=HEADER ...] [--currency CODE]   another channel&apos;s export columns
  orders event CHANNEL NUMBER KIND [--text TEXT] [--amount YUAN]   what happened to an order (ORD-05)
  orders slip NUMBER[,NUMBER...] --pdf FILE [--paper a4|label]   packing slips with the order&apos;s barcode
  orders report days|channels|skus --from DAY --to DAY --format pdf|xlsx|csv --out FILE   sales
  orders export --from DAY --to DAY --format xlsx|csv --out FILE   the orders of a period, one row each
  orders watch CHANNEL [FOLDER] | orders watch-run   a channel&apos;s folder of exports, imported by themselves
  orders webshop [CHANNEL woocommerce|shopify URL | CHANNEL --remove]   the web shop this PC pulls (key asked)
  orders pull [CHANNEL]   the web shop&apos;s new and changed orders, now
Commands that change data sign in as --user; the password comes from SHOPDESK_PASSWORD or a prompt.</source>
        <translation>用法：shopdeskctl --db FILE|postgresql://[USER@]HOST/DATABASE [--user NAME] COMMAND
命令：
  init --company NAME --admin USER   创建公司数据库（密码从标准输入读取，输入两次）
  migrate                            执行程序的数据库结构迁移
  user add NAME [--level reader|clerk|dbadmin] [--display NAME] [--role ROLE]... [--scope AREA]...
  user disable NAME | user reset NAME
  demo [--employees N] [--months M] [--seed S] [--supply-items N] [--supply-movements N] [--cash-per-day N]
       [--shop-products N] [--shop-movements N] [--shop-orders N]
                                     创建示例公司
  verify                             检查完整性、外键、审计链和保护触发器
  backup [--to DIR]                  创建经过校验的备份及其清单
  restore FILE [--yes]               用备份替换数据库（先保存当前状态）
  transfer --to postgresql://USER@HOST/DATABASE   把公司数据库文件复制到服务器上的空数据库
  transfer --to FILE                 把服务器上的公司复制到一个新的公司数据库文件
  server-roles                       服务器上的用户组及每个用户的登录角色（以数据库所有者身份）
  approvals list [--mine|--history]  列出等待 --user 处理的事项（以制表符分隔）
  approvals approve ID [--comment TEXT] [--by-phone USER] | approvals reject ID --comment TEXT
  approvals list --phone | approvals confirm-phone ID | approvals dispute-phone ID --comment TEXT
  approvals withdraw ID
  punches import FILE [--format auto|zkteco|zktime|dingtalk] [--encoding auto|utf-8|gb18030] [--dry-run]
  attendance report --month YYYY-MM [--dept NAME] --format pdf|xlsx|csv --out FILE
  attendance confirm --month YYYY-MM
  payroll export --month YYYY-MM --format xlsx|csv --out FILE
  supplies stock [--category NAME] [--reorder] | supplies reorder | supplies movements CODE
  supplies book receive|issue|return|local-purchase CODE QUANTITY [--price YUAN] [--dept NAME] --reason TEXT
  supplies report stock|use|orders|invoices --format pdf|xlsx|csv --out FILE
  supplies stocktake start [--category NAME] | list | count ID CODE COUNTED [--reason TEXT] | submit ID
  supplies stocktake export ID --format pdf|xlsx|csv --out FILE
  supplies labels --pdf FILE [--codes CODE,CODE,...] [--copies N]
  vouchers list [--state pending|signed|paid|refused] | pay ID --ref TEXT   付款凭证（出纳）
  finance cash DAY receipt|payment YUAN --to NAME --for TEXT [--category NAME]   现金日记账
  finance close-day DAY COUNTED_YUAN | review-day DAY [--note TEXT]   日结及其审核
  finance bill YYYY-MM STAFF_NO YUAN | close YYYY-MM | reopen YYYY-MM --reason TEXT | summary YYYY-MM
  finance import-bills YYYY-MM FILE [--dry-run]   当月话费清单（CSV 或 XLSX）
  supplies import-items|import-suppliers FILE [--dry-run]   物品或供应商列表（CSV 或 XLSX）
  contracts search TEXT | attach NUMBER FILE --as DOCUMENT | read-scans   合同档案
  contracts labels folders|boxes --pdf FILE [--numbers N,N,...]   带二维码的卷夹或档案盒标签
  products list [--text TEXT] [--low] | book receive|sell|return|adjust CODE QUANTITY --reason TEXT
  products import FILE [--dry-run] | export --format xlsx|csv --out FILE   店铺商品清单
  products labels --pdf FILE [--codes CODE,CODE,...] [--copies N]   带条码的商品标签
  products report stock|prices|listings|promotions|products [--from DAY --to DAY] --format pdf|xlsx|csv --out FILE
  orders import FILE --format taobao|shopify|mapped [--channel NAME] [--dry-run] | list [--text TEXT] [--running]
  orders columns CHANNEL [FIELD=HEADER ...] [--currency CODE]   其他渠道导出文件的列对应
  orders event CHANNEL NUMBER KIND [--text TEXT] [--amount YUAN]   订单发生的事项（ORD-05）
  orders slip NUMBER[,NUMBER...] --pdf FILE [--paper a4|label]   带订单条码的发货单
  orders report days|channels|skus --from DAY --to DAY --format pdf|xlsx|csv --out FILE   销售报表
  orders export --from DAY --to DAY --format xlsx|csv --out FILE   期间订单，每单一行
  orders watch CHANNEL [FOLDER] | orders watch-run   渠道导出文件的文件夹，自动导入
  orders webshop [CHANNEL woocommerce|shopify URL | CHANNEL --remove]   本机拉取的网店（询问密钥）
  orders pull [CHANNEL]   立即拉取网店的新订单和变更订单
修改数据的命令以 --user 身份登录；密码取自 SHOPDESK_PASSWORD，或在提示时输入。</translation>
    </message>
    <message>
        <source>%1 reads; %2 also enters and changes data, but adds to %3 only; %4 is a database administrator&apos;s. None owns a table. Every user now has a login of their own in the group of their level, named %5 (ASCII letters in lower case); until an administrator resets their password or they change it, only yours has one. Give the PCs the server&apos;s address without a user: each person signs in with their ShopDesk name and password.</source>
        <translation>%1 只读；%2 还可录入和修改数据，但对 %3 只能新增；%4 属于数据库管理员。它们都不拥有任何表。现在每个用户都有自己的登录角色，位于其级别对应的组中，名为 %5（ASCII 字母为小写）；在管理员重置其密码或本人修改密码之前，只有您的登录角色有密码。请在各电脑上填写不含用户的服务器地址：每个人用自己的 ShopDesk 用户名和密码登录。</translation>
    </message>
</context>
</TS>
