<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountVault</name>
    <message>
        <source>Only the site manager, the system administrator, the division leader and the general manager keep the official accounts (ACC-01).</source>
        <translation>Only the site manager, the system administrator, the division leader and the general manager keep the official accounts (ACC-01).</translation>
    </message>
    <message>
        <source>Your keys open the vault already: change your passphrase instead.</source>
        <translation>Your keys open the vault already: change your passphrase instead.</translation>
    </message>
    <message>
        <source>You have no vault keys yet.</source>
        <translation>You have no vault keys yet.</translation>
    </message>
    <message>
        <source>You have no vault keys yet: make them first (My vault keys).</source>
        <translation>You have no vault keys yet: make them first (My vault keys).</translation>
    </message>
    <message>
        <source>You are not a keeper of the vault (yet): another keeper asks for you, and the general manager approves.</source>
        <translation>You are not a keeper of the vault (yet): another keeper asks for you, and the general manager approves.</translation>
    </message>
    <message>
        <source>The vault is started already: ask one of its keepers to add you.</source>
        <translation>The vault is started already: ask one of its keepers to add you.</translation>
    </message>
    <message>
        <source>Start the official accounts registry, %1 its first keeper</source>
        <translation>Start the official accounts registry, %1 its first keeper</translation>
    </message>
    <message>
        <source>Give the account&apos;s password or key.</source>
        <translation>Give the account&apos;s password or key.</translation>
    </message>
    <message>
        <source>Only a keeper of the vault keeps an entry; user %1 is none.</source>
        <translation>Only a keeper of the vault keeps an entry; user %1 is none.</translation>
    </message>
    <message>
        <source>The registry has a %1 &quot;%2&quot; already.</source>
        <translation>The registry has a %1 &quot;%2&quot; already.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>The entry no longer exists.</translation>
    </message>
    <message>
        <source>%1 was changed since you read it: read it again.</source>
        <translation>%1 was changed since you read it: read it again.</translation>
    </message>
    <message>
        <source>New official account: %1 (%2)</source>
        <translation>New official account: %1 (%2)</translation>
    </message>
    <message>
        <source>Change to the official account %1</source>
        <translation>Change to the official account %1</translation>
    </message>
    <message>
        <source>New secret of the official account %1</source>
        <translation>New secret of the official account %1</translation>
    </message>
    <message>
        <source>That user has no vault keys yet: they make them first, in the registry (My vault keys).</source>
        <translation>That user has no vault keys yet: they make them first, in the registry (My vault keys).</translation>
    </message>
    <message>
        <source>%1 is a keeper of the vault already.</source>
        <translation>%1 is a keeper of the vault already.</translation>
    </message>
    <message>
        <source>%1 to keep the official accounts</source>
        <translation>%1 to keep the official accounts</translation>
    </message>
    <message>
        <source>That user keeps no copy of the vault key.</source>
        <translation>That user keeps no copy of the vault key.</translation>
    </message>
    <message>
        <source>%1 is the vault&apos;s last keeper: add another keeper first.</source>
        <translation>%1 is the vault&apos;s last keeper: add another keeper first.</translation>
    </message>
    <message>
        <source>%1 to stop keeping the official accounts</source>
        <translation>%1 to stop keeping the official accounts</translation>
    </message>
    <message>
        <source>Only the keepers of %1 see its secret: %2.</source>
        <translation>Only the keepers of %1 see its secret: %2.</translation>
    </message>
    <message>
        <source>The vault was started meanwhile: ask one of its keepers to add you.</source>
        <translation>The vault was started meanwhile: ask one of its keepers to add you.</translation>
    </message>
    <message>
        <source>The vault has no keeper any more.</source>
        <translation>The vault has no keeper any more.</translation>
    </message>
    <message>
        <source>The new keeper made new keys since this was asked: ask again.</source>
        <translation>The new keeper made new keys since this was asked: ask again.</translation>
    </message>
    <message>
        <source>That would leave the vault without a keeper.</source>
        <translation>That would leave the vault without a keeper.</translation>
    </message>
    <message>
        <source>This request is of no kind the registry knows.</source>
        <translation>This request is of no kind the registry knows.</translation>
    </message>
    <message>
        <source>A keeper of the entry no longer keeps the vault: ask again.</source>
        <translation>A keeper of the entry no longer keeps the vault: ask again.</translation>
    </message>
    <message>
        <source>%1 was changed since this was asked: ask again.</source>
        <translation>%1 was changed since this was asked: ask again.</translation>
    </message>
    <message numerus="yes">
        <source>A new vault key for the official accounts: %n secret(s) encrypted anew</source>
        <translation>
            <numerusform>A new vault key for the official accounts: %n secret encrypted anew</numerusform>
            <numerusform>A new vault key for the official accounts: %n secrets encrypted anew</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault key was changed since this was asked: ask again.</source>
        <translation>The vault key was changed since this was asked: ask again.</translation>
    </message>
    <message>
        <source>An account or a keeper changed since the new vault key was asked: ask again.</source>
        <translation>An account or a keeper changed since the new vault key was asked: ask again.</translation>
    </message>
</context>
<context>
    <name>AdminModule</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>AllowanceBillRows</name>
    <message>
        <source>no header row names the bill and the employee (话费, and 工号 or 姓名)</source>
        <translation>no header row names the bill and the employee (话费, and 工号 or 姓名)</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>staff number</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>appears twice in the file (first on line %1)</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>bill</translation>
    </message>
    <message>
        <source>not an amount in yuan from 0 to 10,000 (such as 86.50)</source>
        <translation>not an amount in yuan from 0 to 10,000 (such as 86.50)</translation>
    </message>
</context>
<context>
    <name>AllowanceDesk</name>
    <message>
        <source>The rule for %1 was changed from another PC meanwhile: reload it.</source>
        <translation>The rule for %1 was changed from another PC meanwhile: reload it.</translation>
    </message>
    <message>
        <source>A phone bill cannot be negative.</source>
        <translation>A phone bill cannot be negative.</translation>
    </message>
    <message>
        <source>The allowance sheet of %1 is posted; a later bill goes on next month&apos;s.</source>
        <translation>The allowance sheet of %1 is posted; a later bill goes on next month&apos;s.</translation>
    </message>
    <message>
        <source>The allowance sheet of %1 is already posted.</source>
        <translation>The allowance sheet of %1 is already posted.</translation>
    </message>
    <message>
        <source>phone %1 + meals %2</source>
        <translation>phone %1 + meals %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>staff number</translation>
    </message>
    <message>
        <source>nobody of this number is on the %1 sheet (in service, with a rule for the position)</source>
        <translation>nobody of this number is on the %1 sheet (in service, with a rule for the position)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>nobody of this name is on the %1 sheet</source>
        <translation>nobody of this name is on the %1 sheet</translation>
    </message>
    <message>
        <source>%1 people have this name: give the staff number</source>
        <translation>%1 people have this name: give the staff number</translation>
    </message>
    <message>
        <source>%1&apos;s bill for %2 was entered from another PC meanwhile: preview the file again.</source>
        <translation>%1&apos;s bill for %2 was entered from another PC meanwhile: preview the file again.</translation>
    </message>
    <message>
        <source>the same person as on line %1</source>
        <translation>the same person as on line %1</translation>
    </message>
    <message>
        <source>%1, the %2 sheet: rows read: %3.</source>
        <translation>%1, the %2 sheet: rows read: %3.</translation>
    </message>
    <message>
        <source>Bills to enter or change: %1; as the file has them already: %2.</source>
        <translation>Bills to enter or change: %1; as the file has them already: %2.</translation>
    </message>
    <message>
        <source>Rows that cannot be taken: %1.</source>
        <translation>Rows that cannot be taken: %1.</translation>
    </message>
</context>
<context>
    <name>AllowanceRules</name>
    <message>
        <source>Name the position the rule is for.</source>
        <translation>Name the position the rule is for.</translation>
    </message>
    <message>
        <source>An allowance cannot be negative.</source>
        <translation>An allowance cannot be negative.</translation>
    </message>
    <message>
        <source>Meal allowance days are 0 to 31.</source>
        <translation>Meal allowance days are 0 to 31.</translation>
    </message>
</context>
<context>
    <name>ApprovalChain</name>
    <message>
        <source>Direct supervisor</source>
        <translation>Direct supervisor</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>Senior manager</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>General manager</translation>
    </message>
    <message>
        <source>No %1 is set for this person in the organisation chart; set one before submitting.</source>
        <translation>No %1 is set for this person in the organisation chart; set one before submitting.</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ApprovalType</name>
    <message>
        <source>Permission change</source>
        <translation>Permission change</translation>
    </message>
    <message>
        <source>Duty swap</source>
        <translation>Duty swap</translation>
    </message>
    <message>
        <source>Make-up punch</source>
        <translation>Make-up punch</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Out of office</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <source>Disciplinary fine</source>
        <translation>Disciplinary fine</translation>
    </message>
    <message>
        <source>Office supplies purchase</source>
        <translation>Office supplies purchase</translation>
    </message>
    <message>
        <source>Stocktake differences</source>
        <translation>Stocktake differences</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>Payment voucher</translation>
    </message>
    <message>
        <source>Supplier invoice difference</source>
        <translation>Supplier invoice difference</translation>
    </message>
    <message>
        <source>Expense request</source>
        <translation>Expense request</translation>
    </message>
    <message>
        <source>Guide advance beyond the group&apos;s payments</source>
        <translation>Guide advance beyond the group&apos;s payments</translation>
    </message>
    <message>
        <source>Contract loan</source>
        <translation>Contract loan</translation>
    </message>
    <message>
        <source>Listing change</source>
        <translation>Listing change</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Price change</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Official accounts change</source>
        <translation>Official accounts change</translation>
    </message>
    <message>
        <source>Web publication</source>
        <translation>Web publication</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>Unknown kind of request: %1.</source>
        <translation>Unknown kind of request: %1.</translation>
    </message>
    <message>
        <source>Sign in to submit a request.</source>
        <translation>Sign in to submit a request.</translation>
    </message>
    <message>
        <source>Give a reason for the rejection.</source>
        <translation>Give a reason for the rejection.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>Request %1 is no longer waiting for a decision.</source>
        <translation>Request %1 is no longer waiting for a decision.</translation>
    </message>
    <message>
        <source>Request %1 waits for %2, not for you.</source>
        <translation>Request %1 waits for %2, not for you.</translation>
    </message>
    <message>
        <source>Nobody approves their own request.</source>
        <translation>Nobody approves their own request.</translation>
    </message>
    <message>
        <source>Only the requester can withdraw request %1.</source>
        <translation>Only the requester can withdraw request %1.</translation>
    </message>
    <message>
        <source>Request %1 is no longer pending.</source>
        <translation>Request %1 is no longer pending.</translation>
    </message>
    <message>
        <source>Choose someone else as your deputy.</source>
        <translation>Choose someone else as your deputy.</translation>
    </message>
    <message>
        <source>The deputy&apos;s period must end on or after its first day.</source>
        <translation>The deputy&apos;s period must end on or after its first day.</translation>
    </message>
    <message>
        <source>Request %1 is not yours to see.</source>
        <translation>Request %1 is not yours to see.</translation>
    </message>
    <message>
        <source>%1 is empty or larger than 10 MB; attach a smaller file.</source>
        <translation>%1 is empty or larger than 10 MB; attach a smaller file.</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>There is no such attachment.</translation>
    </message>
    <message>
        <source>%1 (deputy of %2)</source>
        <translation>%1 (deputy of %2)</translation>
    </message>
    <message>
        <source>Nobody records a phone approval of their own request.</source>
        <translation>Nobody records a phone approval of their own request.</translation>
    </message>
    <message>
        <source>Request %1 waits for %2: only they, or their deputy in force, can approve it by phone.</source>
        <translation>Request %1 waits for %2: only they, or their deputy in force, can approve it by phone.</translation>
    </message>
    <message>
        <source>Say what is wrong with this phone approval.</source>
        <translation>Say what is wrong with this phone approval.</translation>
    </message>
    <message>
        <source>Request %1 has no phone approval in your name waiting for your answer.</source>
        <translation>Request %1 has no phone approval in your name waiting for your answer.</translation>
    </message>
    <message>
        <source>You approve a step of request %1 yourself: someone else records its phone approval.</source>
        <translation>You approve a step of request %1 yourself: someone else records its phone approval.</translation>
    </message>
</context>
<context>
    <name>AttachmentRules</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is %2, over the limit of %3 for a contract&apos;s file.</source>
        <translation>%1 is %2, over the limit of %3 for a contract&apos;s file.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a picture (PNG, JPEG, BMP, GIF): scan the contract to one of those.</source>
        <translation>%1 is neither a PDF nor a picture (PNG, JPEG, BMP, GIF): scan the contract to one of those.</translation>
    </message>
</context>
<context>
    <name>AttendanceDemo</name>
    <message>
        <source>Cannot read the demo company: %1</source>
        <translation>Cannot read the demo company: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceMonth</name>
    <message>
        <source>Choose a month.</source>
        <translation>Choose a month.</translation>
    </message>
    <message>
        <source>Cannot read the attendance data: %1</source>
        <translation>Cannot read the attendance data: %1</translation>
    </message>
    <message>
        <source>%1 is already confirmed.</source>
        <translation>%1 is already confirmed.</translation>
    </message>
    <message>
        <source>Comp time earned by %1 and not taken, paid at %2% (OT-02, HOL-02)</source>
        <translation>Comp time earned by %1 and not taken, paid at %2% (OT-02, HOL-02)</translation>
    </message>
</context>
<context>
    <name>AttendanceOverview</name>
    <message>
        <source>Nobody in your department is away today.</source>
        <translation>Nobody in your department is away today.</translation>
    </message>
    <message>
        <source>Away today in your department: %1</source>
        <translation>Away today in your department: %1</translation>
    </message>
    <message>
        <source>Make-up punches this month: %1 of %2 used (ATT-12).</source>
        <translation>Make-up punches this month: %1 of %2 used (ATT-12).</translation>
    </message>
    <message>
        <source>Yesterday (%1): %2 late or early, %3 absent, %4 with a missing punch.</source>
        <translation>Yesterday (%1): %2 late or early, %3 absent, %4 with a missing punch.</translation>
    </message>
    <message>
        <source>Not yet confirmed: %1.</source>
        <translation>Not yet confirmed: %1.</translation>
    </message>
</context>
<context>
    <name>AttendancePolicy</name>
    <message>
        <source>Grace minutes must be between 0 and 60.</source>
        <translation>Grace minutes must be between 0 and 60.</translation>
    </message>
    <message>
        <source>The fine tiers for lateness need at least one tier.</source>
        <translation>The fine tiers for lateness need at least one tier.</translation>
    </message>
    <message>
        <source>Fine tiers must rise: %1 minutes follows %2.</source>
        <translation>Fine tiers must rise: %1 minutes follows %2.</translation>
    </message>
    <message>
        <source>A fine cannot be negative.</source>
        <translation>A fine cannot be negative.</translation>
    </message>
    <message>
        <source>The escalation ladder must go reminder, warning, public notice, from occurrence 1 on.</source>
        <translation>The escalation ladder must go reminder, warning, public notice, from occurrence 1 on.</translation>
    </message>
    <message>
        <source>The dismissal-review thresholds must be positive.</source>
        <translation>The dismissal-review thresholds must be positive.</translation>
    </message>
    <message>
        <source>The make-up punch quota cannot be negative.</source>
        <translation>The make-up punch quota cannot be negative.</translation>
    </message>
    <message>
        <source>Leave entitlements cannot be negative.</source>
        <translation>Leave entitlements cannot be negative.</translation>
    </message>
    <message>
        <source>Overtime is paid at 100% of the wage or more (HOL-02).</source>
        <translation>Overtime is paid at 100% of the wage or more (HOL-02).</translation>
    </message>
    <message>
        <source>Comp time is paid out after 1 to 24 months (OT-02).</source>
        <translation>Comp time is paid out after 1 to 24 months (OT-02).</translation>
    </message>
</context>
<context>
    <name>AttendancePolicyService</name>
    <message>
        <source>The stored attendance policy is not valid (%1); an administrator should save it again.</source>
        <translation>The stored attendance policy is not valid (%1); an administrator should save it again.</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>Days worked</source>
        <translation>Days worked</translation>
    </message>
    <message>
        <source>Late (times)</source>
        <translation>Late (times)</translation>
    </message>
    <message>
        <source>Late (min)</source>
        <translation>Late (min)</translation>
    </message>
    <message>
        <source>Early (times)</source>
        <translation>Early (times)</translation>
    </message>
    <message>
        <source>Early (min)</source>
        <translation>Early (min)</translation>
    </message>
    <message>
        <source>Absent (days)</source>
        <translation>Absent (days)</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation>Marriage leave</translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation>Bereavement leave</translation>
    </message>
    <message>
        <source>Comp time off (days)</source>
        <translation>Comp time off (days)</translation>
    </message>
    <message>
        <source>Overtime, working days (h)</source>
        <translation>Overtime, working days (h)</translation>
    </message>
    <message>
        <source>Overtime, rest days (h)</source>
        <translation>Overtime, rest days (h)</translation>
    </message>
    <message>
        <source>Overtime, holidays (h)</source>
        <translation>Overtime, holidays (h)</translation>
    </message>
    <message>
        <source>Fines (yuan)</source>
        <translation>Fines (yuan)</translation>
    </message>
    <message>
        <source>Unpaid days</source>
        <translation>Unpaid days</translation>
    </message>
    <message>
        <source>Make-up punches</source>
        <translation>Make-up punches</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Legend (morning, afternoon): %1; * make-up punch used (ATT-12).</source>
        <translation>Legend (morning, afternoon): %1; * make-up punch used (ATT-12).</translation>
    </message>
    <message>
        <source>Monthly attendance report %1</source>
        <translation>Monthly attendance report %1</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>Confirmed by HR</source>
        <translation>Confirmed by HR</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Not yet confirmed</translation>
    </message>
    <message>
        <source>Attendance by day</source>
        <translation>Attendance by day</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mo</source>
        <comment>Monday</comment>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tu</source>
        <comment>Tuesday</comment>
        <translation>Tu</translation>
    </message>
    <message>
        <source>We</source>
        <comment>Wednesday</comment>
        <translation>We</translation>
    </message>
    <message>
        <source>Th</source>
        <comment>Thursday</comment>
        <translation>Th</translation>
    </message>
    <message>
        <source>Fr</source>
        <comment>Friday</comment>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sa</source>
        <comment>Saturday</comment>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Su</source>
        <comment>Sunday</comment>
        <translation>Su</translation>
    </message>
    <message>
        <source>work</source>
        <comment>make-up working day, short</comment>
        <translation>work</translation>
    </message>
    <message>
        <source>Totals per employee</source>
        <translation>Totals per employee</translation>
    </message>
    <message>
        <source>Flags and fines</source>
        <translation>Flags and fines</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Changed after confirmation: %1</source>
        <translation>Changed after confirmation: %1</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Attendance %1</source>
        <translation>Attendance %1</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Fines confirmed (yuan)</source>
        <translation>Fines confirmed (yuan)</translation>
    </message>
    <message>
        <source>† changed after confirmation. Punches less than 60 seconds apart count once (ATT-12). Times are compared to the minute (ATT-03). Fines are the rules&apos; proposal; fines confirmed are what HR decided in the disciplinary register (HR-03).</source>
        <translation>† changed after confirmation. Punches less than 60 seconds apart count once (ATT-12). Times are compared to the minute (ATT-03). Fines are the rules&apos; proposal; fines confirmed are what HR decided in the disciplinary register (HR-03).</translation>
    </message>
    <message>
        <source>Comp-time balance (h)</source>
        <translation>Comp-time balance (h)</translation>
    </message>
</context>
<context>
    <name>AttendanceRules</name>
    <message numerus="yes">
        <source>%1, %n minute(s)</source>
        <translation>
            <numerusform>%1, %n minute</numerusform>
            <numerusform>%1, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Occurrence %1 of lateness or early leave this month</source>
        <translation>Occurrence %1 of lateness or early leave this month</translation>
    </message>
    <message numerus="yes">
        <source>A public notice in %n month(s) in a row</source>
        <translation>
            <numerusform>A public notice in %n month in a row</numerusform>
            <numerusform>A public notice in %n months in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>Absence no. %1 this month (%2 day)</source>
        <translation>Absence no. %1 this month (%2 day)</translation>
    </message>
    <message>
        <source>%1 days absent this year</source>
        <translation>%1 days absent this year</translation>
    </message>
    <message>
        <source>Proxy punching</source>
        <translation>Proxy punching</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) in a row absent</source>
        <translation>
            <numerusform>%n working day in a row absent</numerusform>
            <numerusform>%n working days in a row absent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Early leave</source>
        <translation>Early leave</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Missing punch</source>
        <translation>Missing punch</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation>Marriage leave</translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation>Bereavement leave</translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation>Statutory holiday</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>Comp time off</source>
        <translation>Comp time off</translation>
    </message>
    <message>
        <source>Out on business</source>
        <translation>Out on business</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>Not employed</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>✓</source>
        <comment>present</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>L</source>
        <comment>late</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>E</source>
        <comment>early leave</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>M</source>
        <comment>missing punch</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <comment>personal leave</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>S</source>
        <comment>sick leave</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>W</source>
        <comment>marriage (wedding) leave</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bereavement leave</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>H</source>
        <comment>statutory holiday</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>·</source>
        <comment>rest day</comment>
        <translation>·</translation>
    </message>
    <message>
        <source>C</source>
        <comment>comp time off</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>O</source>
        <comment>out on business</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>-</source>
        <comment>not employed</comment>
        <translation>-</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Dismissal review</source>
        <translation>Dismissal review</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Company database created</source>
        <translation>Company database created</translation>
    </message>
    <message>
        <source>Demo company filled</source>
        <translation>Demo company filled</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Account locked after wrong passwords</source>
        <translation>Account locked after wrong passwords</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Handover recorded</source>
        <translation>Handover recorded</translation>
    </message>
    <message>
        <source>Company name changed</source>
        <translation>Company name changed</translation>
    </message>
    <message>
        <source>Password policy changed</source>
        <translation>Password policy changed</translation>
    </message>
    <message>
        <source>Lock-out policy changed</source>
        <translation>Lock-out policy changed</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Automatic backup made</source>
        <translation>Automatic backup made</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Database restored from a backup</translation>
    </message>
    <message>
        <source>Backup policy changed</source>
        <translation>Backup policy changed</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Request submitted</source>
        <translation>Request submitted</translation>
    </message>
    <message>
        <source>Step approved</source>
        <translation>Step approved</translation>
    </message>
    <message>
        <source>Step rejected</source>
        <translation>Step rejected</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Request approved</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Request rejected</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Request withdrawn</translation>
    </message>
    <message>
        <source>Deputy named</source>
        <translation>Deputy named</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Permissions changed</source>
        <translation>Permissions changed</translation>
    </message>
    <message>
        <source>Data exported to a file</source>
        <translation>Data exported to a file</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>Report printed</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Phone approval confirmed</source>
        <translation>Phone approval confirmed</translation>
    </message>
    <message>
        <source>Phone approval disputed</source>
        <translation>Phone approval disputed</translation>
    </message>
    <message>
        <source>Contract type created</source>
        <translation>Contract type created</translation>
    </message>
    <message>
        <source>Archive set up</source>
        <translation>Archive set up</translation>
    </message>
    <message>
        <source>Contract registered</source>
        <translation>Contract registered</translation>
    </message>
    <message>
        <source>Contract loan asked for</source>
        <translation>Contract loan asked for</translation>
    </message>
    <message>
        <source>Contract handed out</source>
        <translation>Contract handed out</translation>
    </message>
    <message>
        <source>Contract taken back</source>
        <translation>Contract taken back</translation>
    </message>
    <message>
        <source>Archive check started</source>
        <translation>Archive check started</translation>
    </message>
    <message>
        <source>Contract marked in a check</source>
        <translation>Contract marked in a check</translation>
    </message>
    <message>
        <source>Archive check closed</source>
        <translation>Archive check closed</translation>
    </message>
    <message>
        <source>Contract file added</source>
        <translation>Contract file added</translation>
    </message>
    <message>
        <source>Text of a contract file read</source>
        <translation>Text of a contract file read</translation>
    </message>
    <message>
        <source>Contract file to be read again</source>
        <translation>Contract file to be read again</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Contract loan</source>
        <translation>Contract loan</translation>
    </message>
    <message>
        <source>Archive check</source>
        <translation>Archive check</translation>
    </message>
    <message>
        <source>Contract file</source>
        <translation>Contract file</translation>
    </message>
    <message>
        <source>Contract changed</source>
        <translation>Contract changed</translation>
    </message>
    <message>
        <source>Product card saved</source>
        <translation>Product card saved</translation>
    </message>
    <message>
        <source>Product stock moved</source>
        <translation>Product stock moved</translation>
    </message>
    <message>
        <source>Price change asked for</source>
        <translation>Price change asked for</translation>
    </message>
    <message>
        <source>Price published</source>
        <translation>Price published</translation>
    </message>
    <message>
        <source>Listing change asked for</source>
        <translation>Listing change asked for</translation>
    </message>
    <message>
        <source>Listing change carried out</source>
        <translation>Listing change carried out</translation>
    </message>
    <message>
        <source>Taken off sale at zero stock</source>
        <translation>Taken off sale at zero stock</translation>
    </message>
    <message>
        <source>Promotion proposed</source>
        <translation>Promotion proposed</translation>
    </message>
    <message>
        <source>Promotion specified</source>
        <translation>Promotion specified</translation>
    </message>
    <message>
        <source>Promotion published</source>
        <translation>Promotion published</translation>
    </message>
    <message>
        <source>Promotion withdrawn</source>
        <translation>Promotion withdrawn</translation>
    </message>
    <message>
        <source>Product list imported</source>
        <translation>Product list imported</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Product stock movement</source>
        <translation>Product stock movement</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Price change</translation>
    </message>
    <message>
        <source>Listing change</source>
        <translation>Listing change</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Product picture added</source>
        <translation>Product picture added</translation>
    </message>
    <message>
        <source>Product picture removed</source>
        <translation>Product picture removed</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>Product picture</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>Order recorded</translation>
    </message>
    <message>
        <source>Order event</source>
        <translation>Order event</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Vault keys made</source>
        <translation>Vault keys made</translation>
    </message>
    <message>
        <source>Vault passphrase changed</source>
        <translation>Vault passphrase changed</translation>
    </message>
    <message>
        <source>Vault keeper added</source>
        <translation>Vault keeper added</translation>
    </message>
    <message>
        <source>Vault keeper removed</source>
        <translation>Vault keeper removed</translation>
    </message>
    <message>
        <source>Official account saved</source>
        <translation>Official account saved</translation>
    </message>
    <message>
        <source>Official account&apos;s secret viewed</source>
        <translation>Official account&apos;s secret viewed</translation>
    </message>
    <message>
        <source>Official account&apos;s secret copied</source>
        <translation>Official account&apos;s secret copied</translation>
    </message>
    <message>
        <source>Vault keeper</source>
        <translation>Vault keeper</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>Official account</translation>
    </message>
    <message>
        <source>Web publication asked for</source>
        <translation>Web publication asked for</translation>
    </message>
    <message>
        <source>Web publication published</source>
        <translation>Web publication published</translation>
    </message>
    <message>
        <source>Security incident recorded</source>
        <translation>Security incident recorded</translation>
    </message>
    <message>
        <source>Security incident updated</source>
        <translation>Security incident updated</translation>
    </message>
    <message>
        <source>Web publication</source>
        <translation>Web publication</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Security incident</translation>
    </message>
    <message>
        <source>Chat hours set</source>
        <translation>Chat hours set</translation>
    </message>
    <message>
        <source>Customer service pools set</source>
        <translation>Customer service pools set</translation>
    </message>
    <message>
        <source>Customer service roster generated</source>
        <translation>Customer service roster generated</translation>
    </message>
    <message>
        <source>Customer service duty assigned</source>
        <translation>Customer service duty assigned</translation>
    </message>
    <message>
        <source>Customer feedback recorded</source>
        <translation>Customer feedback recorded</translation>
    </message>
    <message>
        <source>Customer feedback outcome</source>
        <translation>Customer feedback outcome</translation>
    </message>
    <message>
        <source>Bad customer flag proposed</source>
        <translation>Bad customer flag proposed</translation>
    </message>
    <message>
        <source>Bad customer flag decided</source>
        <translation>Bad customer flag decided</translation>
    </message>
    <message>
        <source>Customer service pools</source>
        <translation>Customer service pools</translation>
    </message>
    <message>
        <source>Customer service roster</source>
        <translation>Customer service roster</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Customer feedback</translation>
    </message>
    <message>
        <source>Bad customer flag</source>
        <translation>Bad customer flag</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Vault key changed</translation>
    </message>
    <message>
        <source>Orders recorded</source>
        <translation>Orders recorded</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Audit record %1 does not follow record %2: a record between them was removed or inserted, or the previous one was changed.</source>
        <translation>Audit record %1 does not follow record %2: a record between them was removed or inserted, or the previous one was changed.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>Audit record %1 was changed after it was written.</translation>
    </message>
</context>
<context>
    <name>AuditMark</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
</context>
<context>
    <name>AuditRules</name>
    <message>
        <source>Mark it present, missing or damaged.</source>
        <translation>Mark it present, missing or damaged.</translation>
    </message>
    <message>
        <source>The audit of %1 is already closed.</source>
        <translation>The audit of %1 is already closed.</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) not yet checked.</source>
        <translation>
            <numerusform>%n contract not yet checked.</numerusform>
            <numerusform>%n contracts not yet checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: write what the investigation found (CON-02).</source>
        <translation>%1 is %2: write what the investigation found (CON-02).</translation>
    </message>
    <message>
        <source>%1 is %2: name the person held responsible (CON-02).</source>
        <translation>%1 is %2: name the person held responsible (CON-02).</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>The user no longer exists.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask a database administrator.</source>
        <translation>The account %1 is disabled. Ask a database administrator.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2.</source>
        <translation>The account %1 is locked after too many wrong passwords until %2.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account %1 is locked for %2 minutes.</source>
        <translation>Too many wrong passwords: the account %1 is locked for %2 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>%n attempt left before the account is locked.</numerusform>
            <numerusform>%n attempts left before the account is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was set by someone else or used by someone else; choose your own now.</source>
        <translation>Your password was set by someone else or used by someone else; choose your own now.</translation>
    </message>
    <message numerus="yes">
        <source>Your password is older than %n day(s); choose a new one.</source>
        <translation>
            <numerusform>Your password is older than %n day; choose a new one.</numerusform>
            <numerusform>Your password is older than %n days; choose a new one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>RULE DB-05 asks for a backup at least weekly: every 1 to 7 days.</source>
        <translation>RULE DB-05 asks for a backup at least weekly: every 1 to 7 days.</translation>
    </message>
    <message>
        <source>Keep 1 to 520 backups.</source>
        <translation>Keep 1 to 520 backups.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>The backup folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup into %1 failed: %2</source>
        <translation>The backup into %1 failed: %2</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept: %1</source>
        <translation>The backup copy failed its check, so it was not kept: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved into %1.</source>
        <translation>The backup could not be moved into %1.</translation>
    </message>
    <message>
        <source>The backup %1 was made, but its manifest could not be written.</source>
        <translation>The backup %1 was made, but its manifest could not be written.</translation>
    </message>
    <message>
        <source>The backup %1 does not match its manifest: the file was changed or damaged.</source>
        <translation>The backup %1 does not match its manifest: the file was changed or damaged.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>The backup %1 failed its check: %2</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>No memory for the barcode of &quot;%1&quot;.</source>
        <translation>No memory for the barcode of &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No barcode for &quot;%1&quot;: %2</source>
        <translation>No barcode for &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No barcode for &quot;%1&quot;.</source>
        <translation>No barcode for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The item has no code, so its label can have no barcode.</source>
        <translation>The item has no code, so its label can have no barcode.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; has &quot;%2&quot;, which a Code 128 barcode cannot carry: use letters, digits and signs such as - . / only.</source>
        <translation>The code &quot;%1&quot; has &quot;%2&quot;, which a Code 128 barcode cannot carry: use letters, digits and signs such as - . / only.</translation>
    </message>
    <message>
        <source>There is nothing for the QR code to carry.</source>
        <translation>There is nothing for the QR code to carry.</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <source>Name the budget category.</source>
        <translation>Name the budget category.</translation>
    </message>
    <message>
        <source>%1 is not a budget year.</source>
        <translation>%1 is not a budget year.</translation>
    </message>
    <message>
        <source>A budget is an amount from %1 up to %2.</source>
        <translation>A budget is an amount from %1 up to %2.</translation>
    </message>
</context>
<context>
    <name>CashDesk</name>
    <message>
        <source>Give the day to close.</source>
        <translation>Give the day to close.</translation>
    </message>
    <message>
        <source>The cash counted cannot be negative.</source>
        <translation>The cash counted cannot be negative.</translation>
    </message>
    <message>
        <source>%1 has not come yet: a day is closed at its end.</source>
        <translation>%1 has not come yet: a day is closed at its end.</translation>
    </message>
    <message>
        <source>The cash journal of %1 was closed by %2.</source>
        <translation>The cash journal of %1 was closed by %2.</translation>
    </message>
    <message>
        <source>Close %1 first: each day opens with what the day before counted.</source>
        <translation>Close %1 first: each day opens with what the day before counted.</translation>
    </message>
    <message>
        <source>The cash journal of %1 is not closed yet.</source>
        <translation>The cash journal of %1 is not closed yet.</translation>
    </message>
    <message>
        <source>You closed this day yourself: cash and books are kept by different people (FIN-02).</source>
        <translation>You closed this day yourself: cash and books are kept by different people (FIN-02).</translation>
    </message>
    <message>
        <source>The count differs from the books by %1: say what was found.</source>
        <translation>The count differs from the books by %1: say what was found.</translation>
    </message>
    <message>
        <source>%1 was reviewed from another PC meanwhile.</source>
        <translation>%1 was reviewed from another PC meanwhile.</translation>
    </message>
    <message>
        <source>The cash journal is closed up to %1: record %2&apos;s entry on an open day after it.</source>
        <translation>The cash journal is closed up to %1: record %2&apos;s entry on an open day after it.</translation>
    </message>
    <message>
        <source>The cash journal is closed up to %1: an earlier day cannot be closed after it.</source>
        <translation>The cash journal is closed up to %1: an earlier day cannot be closed after it.</translation>
    </message>
    <message>
        <source>%1 would take the budget line %2 / %3 over: %4 remains. Spending beyond a line needs the general manager&apos;s consent: file an expense request (FIN-01).</source>
        <translation>%1 would take the budget line %2 / %3 over: %4 remains. Spending beyond a line needs the general manager&apos;s consent: file an expense request (FIN-01).</translation>
    </message>
</context>
<context>
    <name>CashRules</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Give the day of the entry.</source>
        <translation>Give the day of the entry.</translation>
    </message>
    <message>
        <source>The amount must be more than zero; correct a mistake with an entry the other way.</source>
        <translation>The amount must be more than zero; correct a mistake with an entry the other way.</translation>
    </message>
    <message>
        <source>Say who paid or was paid.</source>
        <translation>Say who paid or was paid.</translation>
    </message>
    <message>
        <source>Say what the money was for.</source>
        <translation>Say what the money was for.</translation>
    </message>
    <message>
        <source>Advance %1</source>
        <translation>Advance %1</translation>
    </message>
    <message>
        <source>Reimbursement %1</source>
        <translation>Reimbursement %1</translation>
    </message>
    <message>
        <source>Guide advance %1</source>
        <translation>Guide advance %1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Voucher %1</translation>
    </message>
</context>
<context>
    <name>ChannelOrderRows</name>
    <message>
        <source>no header row names the order number, the amount paid, the creation time and the item (订单编号, 买家实际支付金额, 订单创建时间, 宝贝标题)</source>
        <translation>no header row names the order number, the amount paid, the creation time and the item (订单编号, 买家实际支付金额, 订单创建时间, 宝贝标题)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>appears twice in the file (first on line %1)</translation>
    </message>
    <message>
        <source>not a date and time such as 2026-10-12 09:00:00</source>
        <translation>not a date and time such as 2026-10-12 09:00:00</translation>
    </message>
    <message>
        <source>not an amount of 0 or more</source>
        <translation>not an amount of 0 or more</translation>
    </message>
    <message>
        <source>less than the shipping</source>
        <translation>less than the shipping</translation>
    </message>
    <message>
        <source>more than the goods and the shipping (%1)</source>
        <translation>more than the goods and the shipping (%1)</translation>
    </message>
    <message>
        <source>no header row names the order, its total and its line items (Name, Total, Lineitem quantity, Lineitem price)</source>
        <translation>no header row names the order, its total and its line items (Name, Total, Lineitem quantity, Lineitem price)</translation>
    </message>
    <message>
        <source>not a date and time such as 2026-10-12 10:00:00 +0800</source>
        <translation>not a date and time such as 2026-10-12 10:00:00 +0800</translation>
    </message>
    <message>
        <source>not a currency code such as USD</source>
        <translation>not a currency code such as USD</translation>
    </message>
    <message>
        <source>less than its line items (%1) after the discount</source>
        <translation>less than its line items (%1) after the discount</translation>
    </message>
    <message>
        <source>choose the column that holds &quot;%1&quot;</source>
        <translation>choose the column that holds &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the channel the orders come from</source>
        <translation>name the channel the orders come from</translation>
    </message>
    <message>
        <source>no header row names the columns %1, %2 and %3</source>
        <translation>no header row names the columns %1, %2 and %3</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot; (%2)</source>
        <translation>the file has no column &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>more than the quantity at the unit price</source>
        <translation>more than the quantity at the unit price</translation>
    </message>
    <message>
        <source>the line has no unit price and no amount</source>
        <translation>the line has no unit price and no amount</translation>
    </message>
    <message>
        <source>not the goods %1 and shipping %2 less the discount %3</source>
        <translation>not the goods %1 and shipping %2 less the discount %3</translation>
    </message>
    <message>
        <source>not a whole number from 1 to 1,000,000</source>
        <translation>not a whole number from 1 to 1,000,000</translation>
    </message>
</context>
<context>
    <name>ClockFile</name>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>ZKTeco USB log (attlog.dat)</source>
        <translation>ZKTeco USB log (attlog.dat)</translation>
    </message>
    <message>
        <source>ZKTime export</source>
        <translation>ZKTime export</translation>
    </message>
    <message>
        <source>DingTalk raw records</source>
        <translation>DingTalk raw records</translation>
    </message>
    <message>
        <source>%1 is not a time-clock file ShopDesk knows (ZKTeco log, ZKTime export, DingTalk records); choose the format by hand if it is one.</source>
        <translation>%1 is not a time-clock file ShopDesk knows (ZKTeco log, ZKTime export, DingTalk records); choose the format by hand if it is one.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no line could be read as %2; the first problem is on line %3: %4</source>
        <translation>%1: no line could be read as %2; the first problem is on line %3: %4</translation>
    </message>
</context>
<context>
    <name>CompanyCopy</name>
    <message>
        <source>Row %1 of %2 refers to a row that is not there.</source>
        <translation>Row %1 of %2 refers to a row that is not there.</translation>
    </message>
    <message>
        <source>A row refers to one that is not there: %1</source>
        <translation>A row refers to one that is not there: %1</translation>
    </message>
    <message>
        <source>The file %1 already exists. A company is moved into a new file.</source>
        <translation>The file %1 already exists. A company is moved into a new file.</translation>
    </message>
    <message>
        <source>The database %1 is not empty. A company is moved into a new, empty database.</source>
        <translation>The database %1 is not empty. A company is moved into a new, empty database.</translation>
    </message>
    <message>
        <source>The schema could not be made in %1: %2</source>
        <translation>The schema could not be made in %1: %2</translation>
    </message>
    <message>
        <source>A company file is copied to a postgresql:// database, and a company on a server into a new file.</source>
        <translation>A company file is copied to a postgresql:// database, and a company on a server into a new file.</translation>
    </message>
    <message>
        <source>%1 is not at this program&apos;s schema (version %2 of %3): open it with this program first.</source>
        <translation>%1 is not at this program&apos;s schema (version %2 of %3): open it with this program first.</translation>
    </message>
    <message>
        <source>The table %1 differs between the two schemas.</source>
        <translation>The table %1 differs between the two schemas.</translation>
    </message>
    <message>
        <source>Copying %1: %2</source>
        <translation>Copying %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 written.</source>
        <translation>%1: %2 rows read, %3 written.</translation>
    </message>
    <message>
        <source>Making %1: %2</source>
        <translation>Making %1: %2</translation>
    </message>
    <message>
        <source>Nothing was copied to %1 (it keeps the empty schema; drop and make the database anew before trying again): %2</source>
        <translation>Nothing was copied to %1 (it keeps the empty schema; drop and make the database anew before trying again): %2</translation>
    </message>
    <message>
        <source>Nothing was copied, and %1 was removed: %2</source>
        <translation>Nothing was copied, and %1 was removed: %2</translation>
    </message>
</context>
<context>
    <name>CompanyDatabase</name>
    <message>
        <source>%1 is an SQLite file but not a ShopDesk database.</source>
        <translation>%1 is an SQLite file but not a ShopDesk database.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new file name, or open it as an existing database.</source>
        <translation>The file %1 already exists. Choose a new file name, or open it as an existing database.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Enter the company&apos;s name.</translation>
    </message>
    <message>
        <source>the daily check found damage (%1). Ask the database administrator to restore a backup.</source>
        <translation>the daily check found damage (%1). Ask the database administrator to restore a backup.</translation>
    </message>
    <message numerus="yes">
        <source>ShopDesk was updated, and the database needs the update too; %n other PC(s) still work in it. Open it again when everyone has closed ShopDesk.</source>
        <translation>
            <numerusform>ShopDesk was updated, and the database needs the update too; %n other PC still works in it. Open it again when everyone has closed ShopDesk.</numerusform>
            <numerusform>ShopDesk was updated, and the database needs the update too; %n other PCs still work in it. Open it again when everyone has closed ShopDesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is not empty. A company is created in a new, empty database.</source>
        <translation>The database %1 is not empty. A company is created in a new, empty database.</translation>
    </message>
    <message>
        <source>The database %1 holds no ShopDesk company yet: create one there (shopdeskctl init), or move a company file there (shopdeskctl transfer).</source>
        <translation>The database %1 holds no ShopDesk company yet: create one there (shopdeskctl init), or move a company file there (shopdeskctl transfer).</translation>
    </message>
    <message>
        <source>ShopDesk was updated, and the company server needs the update too, which only the database&apos;s owner applies: shopdeskctl --db postgresql://OWNER@HOST/DATABASE migrate.</source>
        <translation>ShopDesk was updated, and the company server needs the update too, which only the database&apos;s owner applies: shopdeskctl --db postgresql://OWNER@HOST/DATABASE migrate.</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <source>The company name must not be empty.</source>
        <translation>The company name must not be empty.</translation>
    </message>
    <message>
        <source>The minimum password length may only be raised (now %1).</source>
        <translation>The minimum password length may only be raised (now %1).</translation>
    </message>
    <message>
        <source>A password must be changed every 1 to 3650 days.</source>
        <translation>A password must be changed every 1 to 3650 days.</translation>
    </message>
    <message>
        <source>The number of earlier passwords that may not be reused must be 0 to 24.</source>
        <translation>The number of earlier passwords that may not be reused must be 0 to 24.</translation>
    </message>
    <message>
        <source>Allow 1 to 100 wrong passwords and lock for 1 to 1440 minutes.</source>
        <translation>Allow 1 to 100 wrong passwords and lock for 1 to 1440 minutes.</translation>
    </message>
</context>
<context>
    <name>CompanyTransfer</name>
    <message>
        <source>Only a database administrator moves the company.</source>
        <translation>Only a database administrator moves the company.</translation>
    </message>
    <message>
        <source>%1 is still working in the company on %2: move it when everyone has signed out.</source>
        <translation>%1 is still working in the company on %2: move it when everyone has signed out.</translation>
    </message>
    <message>
        <source>%1 did not pass its check, so it is not moved:
%2</source>
        <translation>%1 did not pass its check, so it is not moved:
%2</translation>
    </message>
    <message>
        <source>The company was not moved, and %1 was removed: %2</source>
        <translation>The company was not moved, and %1 was removed: %2</translation>
    </message>
    <message>
        <source>The copy did not pass its check:
%1</source>
        <translation>The copy did not pass its check:
%1</translation>
    </message>
</context>
<context>
    <name>ConductRules</name>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Dismissal review</source>
        <translation>Dismissal review</translation>
    </message>
    <message>
        <source>Private use of company computers</source>
        <translation>Private use of company computers</translation>
    </message>
    <message>
        <source>Leaking company secrets</source>
        <translation>Leaking company secrets</translation>
    </message>
    <message>
        <source>Unreachable, causing a loss</source>
        <translation>Unreachable, causing a loss</translation>
    </message>
    <message>
        <source>Misappropriating company funds</source>
        <translation>Misappropriating company funds</translation>
    </message>
    <message>
        <source>Keeping group payments</source>
        <translation>Keeping group payments</translation>
    </message>
    <message>
        <source>Refusing assigned overtime, causing a loss or delay</source>
        <translation>Refusing assigned overtime, causing a loss or delay</translation>
    </message>
    <message>
        <source>Proxy punching (each party)</source>
        <translation>Proxy punching (each party)</translation>
    </message>
    <message>
        <source>Refusing a reassignment</source>
        <translation>Refusing a reassignment</translation>
    </message>
    <message>
        <source>Rule %1 does not provide for a %2.</source>
        <translation>Rule %1 does not provide for a %2.</translation>
    </message>
    <message>
        <source>Only a fine has an amount.</source>
        <translation>Only a fine has an amount.</translation>
    </message>
    <message>
        <source>A fine needs an amount.</source>
        <translation>A fine needs an amount.</translation>
    </message>
    <message>
        <source>Rule %1 fines from %2 to %3; %4 is outside that range.</source>
        <translation>Rule %1 fines from %2 to %3; %4 is outside that range.</translation>
    </message>
</context>
<context>
    <name>ContractAudits</name>
    <message>
        <source>The archive&apos;s check started earlier is still open: finish it first.</source>
        <translation>The archive&apos;s check started earlier is still open: finish it first.</translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation>The audit no longer exists.</translation>
    </message>
    <message>
        <source>The audit of %1 closed on %2 and stays as it was.</source>
        <translation>The audit of %1 closed on %2 and stays as it was.</translation>
    </message>
    <message>
        <source>That contract is not kept in %1.</source>
        <translation>That contract is not kept in %1.</translation>
    </message>
    <message>
        <source>%1 is not a contract kept in %2.</source>
        <translation>%1 is not a contract kept in %2.</translation>
    </message>
    <message>
        <source>The audit of %1 cannot close yet:
%2</source>
        <translation>The audit of %1 cannot close yet:
%2</translation>
    </message>
    <message>
        <source>The audit of %1 was closed from another PC meanwhile.</source>
        <translation>The audit of %1 was closed from another PC meanwhile.</translation>
    </message>
    <message>
        <source>Archive check report: %1</source>
        <translation>Archive check report: %1</translation>
    </message>
    <message>
        <source>Archive checklist: %1</source>
        <translation>Archive checklist: %1</translation>
    </message>
    <message>
        <source>Started %1, closed %2 (CON-02)</source>
        <translation>Started %1, closed %2 (CON-02)</translation>
    </message>
    <message>
        <source>Started %1 (CON-02)</source>
        <translation>Started %1 (CON-02)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Kept in</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>original out with %1</source>
        <translation>original out with %1</translation>
    </message>
    <message>
        <source>%1 contracts: %2 present, %3 missing, %4 damaged, %5 not checked.</source>
        <translation>%1 contracts: %2 present, %3 missing, %4 damaged, %5 not checked.</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>General manager</translation>
    </message>
    <message>
        <source>That is the label of the box %1: scan the folders in it one by one.</source>
        <translation>That is the label of the box %1: scan the folders in it one by one.</translation>
    </message>
</context>
<context>
    <name>ContractFiles</name>
    <message>
        <source>Say what the file is (the signed original, an amendment...).</source>
        <translation>Say what the file is (the signed original, an amendment...).</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>The contract no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) recognised from the scan</source>
        <translation>
            <numerusform>%n page recognised from the scan</numerusform>
            <numerusform>%n pages recognised from the scan</numerusform>
        </translation>
    </message>
    <message>
        <source>Text from the PDF</source>
        <translation>Text from the PDF</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>The file no longer exists.</translation>
    </message>
    <message>
        <source>The text of %1 is not a failed reading: nothing to read again.</source>
        <translation>The text of %1 is not a failed reading: nothing to read again.</translation>
    </message>
</context>
<context>
    <name>ContractLabels</name>
    <message>
        <source>Contract folder labels</source>
        <translation>Contract folder labels</translation>
    </message>
    <message>
        <source>Archive box labels</source>
        <translation>Archive box labels</translation>
    </message>
    <message>
        <source>Choose one or more contracts in the list first.</source>
        <translation>Choose one or more contracts in the list first.</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Signed %1</translation>
    </message>
    <message>
        <source>No contract of this archive says where it is kept (cabinet, shelf, box).</source>
        <translation>No contract of this archive says where it is kept (cabinet, shelf, box).</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractLending</name>
    <message>
        <source>%1 of %2 (%3) until %4: %5</source>
        <translation>%1 of %2 (%3) until %4: %5</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>The contract no longer exists.</translation>
    </message>
    <message>
        <source>The original of %1 is out with %2 until %3.</source>
        <translation>The original of %1 is out with %2 until %3.</translation>
    </message>
    <message>
        <source>%1 of contract %2</source>
        <translation>%1 of contract %2</translation>
    </message>
    <message>
        <source>The loan no longer exists.</source>
        <translation>The loan no longer exists.</translation>
    </message>
    <message>
        <source>%1 of %2 is %3: only a signed loan is handed out (CON-05).</source>
        <translation>%1 of %2 is %3: only a signed loan is handed out (CON-05).</translation>
    </message>
    <message>
        <source>%1 was handed out from another PC meanwhile.</source>
        <translation>%1 was handed out from another PC meanwhile.</translation>
    </message>
    <message>
        <source>%1 of %2 is not out.</source>
        <translation>%1 of %2 is not out.</translation>
    </message>
    <message>
        <source>%1 was taken back from another PC meanwhile.</source>
        <translation>%1 was taken back from another PC meanwhile.</translation>
    </message>
</context>
<context>
    <name>ContractRegister</name>
    <message>
        <source>Name the contract type.</source>
        <translation>Name the contract type.</translation>
    </message>
    <message>
        <source>The code %1 is already the type &quot;%2&quot;.</source>
        <translation>The code %1 is already the type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Name the archive.</source>
        <translation>Name the archive.</translation>
    </message>
    <message>
        <source>An archive has one custodian: name them (CON-06).</source>
        <translation>An archive has one custodian: name them (CON-06).</translation>
    </message>
    <message>
        <source>The archive no longer exists.</source>
        <translation>The archive no longer exists.</translation>
    </message>
    <message>
        <source>The contract type no longer exists.</source>
        <translation>The contract type no longer exists.</translation>
    </message>
    <message>
        <source>Only %1, the custodian of %2, registers, lends and checks its contracts (CON-06).</source>
        <translation>Only %1, the custodian of %2, registers, lends and checks its contracts (CON-06).</translation>
    </message>
    <message>
        <source>Contract statistics %1</source>
        <translation>Contract statistics %1</translation>
    </message>
    <message>
        <source>Contract statistics, all years</source>
        <translation>Contract statistics, all years</translation>
    </message>
    <message>
        <source>As of %1, from the register (CON-03)</source>
        <translation>As of %1, from the register (CON-03)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By year signed</source>
        <translation>By year signed</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>By type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>By other party</source>
        <translation>By other party</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Other party</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In force and ending within 90 days</source>
        <translation>In force and ending within 90 days</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 days</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 days</translation>
    </message>
    <message>
        <source>It was signed on %1, a day still to come.</source>
        <translation>It was signed on %1, a day still to come.</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>The contract no longer exists.</translation>
    </message>
    <message>
        <source>%1 keeps its type, signing day and archive, which its number and custodian stand for: register the contract anew if those were wrong.</source>
        <translation>%1 keeps its type, signing day and archive, which its number and custodian stand for: register the contract anew if those were wrong.</translation>
    </message>
    <message>
        <source>%1 was changed on another PC after you opened it: close it and open it again.</source>
        <translation>%1 was changed on another PC after you opened it: close it and open it again.</translation>
    </message>
</context>
<context>
    <name>ContractRules</name>
    <message>
        <source>A type code is 2 to 6 capital letters or digits, starting with a letter (CG, XS2); &quot;%1&quot; is not.</source>
        <translation>A type code is 2 to 6 capital letters or digits, starting with a letter (CG, XS2); &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>Choose the contract&apos;s type.</source>
        <translation>Choose the contract&apos;s type.</translation>
    </message>
    <message>
        <source>Choose the archive that keeps the original.</source>
        <translation>Choose the archive that keeps the original.</translation>
    </message>
    <message>
        <source>Give the contract&apos;s title.</source>
        <translation>Give the contract&apos;s title.</translation>
    </message>
    <message>
        <source>Name the other party.</source>
        <translation>Name the other party.</translation>
    </message>
    <message>
        <source>Give the day it was signed.</source>
        <translation>Give the day it was signed.</translation>
    </message>
    <message>
        <source>Give the day it starts.</source>
        <translation>Give the day it starts.</translation>
    </message>
    <message>
        <source>It ends (%1) before it starts (%2).</source>
        <translation>It ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The contract value cannot be negative.</source>
        <translation>The contract value cannot be negative.</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
</context>
<context>
    <name>ContractsModule</name>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>%1: six months since its last check on %2 (CON-02)</source>
        <translation>%1: six months since its last check on %2 (CON-02)</translation>
    </message>
    <message>
        <source>%1 has never been checked against its records (CON-02)</source>
        <translation>%1 has never been checked against its records (CON-02)</translation>
    </message>
    <message numerus="yes">
        <source>%n contract loan(s) past their day</source>
        <translation>
            <numerusform>%n contract loan past its day</numerusform>
            <numerusform>%n contract loans past their day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerFeedback</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>Return request</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>Online chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Write down what the customer said.</source>
        <translation>Write down what the customer said.</translation>
    </message>
    <message>
        <source>Link it to the customer: their account, phone or order (CS-02).</source>
        <translation>Link it to the customer: their account, phone or order (CS-02).</translation>
    </message>
    <message>
        <source>Choose how the customer got in touch.</source>
        <translation>Choose how the customer got in touch.</translation>
    </message>
    <message>
        <source>Say what was done before marking it resolved.</source>
        <translation>Say what was done before marking it resolved.</translation>
    </message>
</context>
<context>
    <name>CustomerFlag</name>
    <message>
        <source>Waiting for the supervisor</source>
        <translation>Waiting for the supervisor</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Name the customer: their account or phone.</source>
        <translation>Name the customer: their account or phone.</translation>
    </message>
    <message>
        <source>Give the evidence the service supervisor will decide on (CS-03).</source>
        <translation>Give the evidence the service supervisor will decide on (CS-03).</translation>
    </message>
</context>
<context>
    <name>CustomerFlags</name>
    <message>
        <source>Only the service supervisor confirms or rejects a flag (CS-03).</source>
        <translation>Only the service supervisor confirms or rejects a flag (CS-03).</translation>
    </message>
    <message>
        <source>Say why the flag is rejected.</source>
        <translation>Say why the flag is rejected.</translation>
    </message>
    <message>
        <source>The flag is no longer there.</source>
        <translation>The flag is no longer there.</translation>
    </message>
    <message>
        <source>A flag is decided by someone other than who proposed it (CS-03).</source>
        <translation>A flag is decided by someone other than who proposed it (CS-03).</translation>
    </message>
    <message>
        <source>The flag was decided from another PC meanwhile.</source>
        <translation>The flag was decided from another PC meanwhile.</translation>
    </message>
</context>
<context>
    <name>CustomerServiceRoster</name>
    <message>
        <source>Only the service supervisor or a department head keeps the service roster (CS-01).</source>
        <translation>Only the service supervisor or a department head keeps the service roster (CS-01).</translation>
    </message>
    <message>
        <source>The chat opens before it closes, on the same day.</source>
        <translation>The chat opens before it closes, on the same day.</translation>
    </message>
    <message>
        <source>%1 is over: its roster stays as it was.</source>
        <translation>%1 is over: its roster stays as it was.</translation>
    </message>
    <message>
        <source>Choose who covers.</source>
        <translation>Choose who covers.</translation>
    </message>
    <message>
        <source>Customer service roster %1</source>
        <translation>Customer service roster %1</translation>
    </message>
    <message>
        <source>Online chat %1-%2; outside those hours the 400 hotline is forwarded to the duty manager (CS-01).</source>
        <translation>Online chat %1-%2; outside those hours the 400 hotline is forwarded to the duty manager (CS-01).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>Online chat</translation>
    </message>
    <message>
        <source>400 hotline (evening and night)</source>
        <translation>400 hotline (evening and night)</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>rest day</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Service supervisor</source>
        <translation>Service supervisor</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist, or its drive is not reachable.</source>
        <translation>The database file %1 does not exist, or its drive is not reachable.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>ShopDesk cannot create files in the folder %1. Choose another folder or ask for write permission.</source>
        <translation>ShopDesk cannot create files in the folder %1. Choose another folder or ask for write permission.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>The database file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a ShopDesk database (it is not an SQLite file).</source>
        <translation>%1 is not a ShopDesk database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>the file %1 is read-only</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>the folder %1 is not writable</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>The database file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or not a database: %2</source>
        <translation>The database file %1 is damaged or not a database: %2</translation>
    </message>
    <message>
        <source>The database file %1 is in WAL mode, which does not work on a shared drive, and could not be switched back. Close every other program using it and try again.</source>
        <translation>The database file %1 is in WAL mode, which does not work on a shared drive, and could not be switched back. Close every other program using it and try again.</translation>
    </message>
    <message>
        <source>Another PC held the database file %1 for too long. Your input is kept; try again in a moment.</source>
        <translation>Another PC held the database file %1 for too long. Your input is kept; try again in a moment.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>The database is open read-only: %1</translation>
    </message>
    <message>
        <source>Someone decided this step at the same moment; reload.</source>
        <translation>Someone decided this step at the same moment; reload.</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>There is no such attachment.</translation>
    </message>
    <message>
        <source>Someone answered this phone approval at the same moment; reload.</source>
        <translation>Someone answered this phone approval at the same moment; reload.</translation>
    </message>
    <message>
        <source>%1 is not a server address; it is written postgresql://user:password@host:port/database.</source>
        <translation>%1 is not a server address; it is written postgresql://user:password@host:port/database.</translation>
    </message>
    <message>
        <source>The server %1 is on another machine: ShopDesk talks to it only over TLS (sslmode=require or verify-full).</source>
        <translation>The server %1 is on another machine: ShopDesk talks to it only over TLS (sslmode=require or verify-full).</translation>
    </message>
    <message>
        <source>This ShopDesk cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed.</source>
        <translation>This ShopDesk cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed.</translation>
    </message>
    <message>
        <source>The company server %1 cannot be reached: %2</source>
        <translation>The company server %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>Another user&apos;s change held the data on the server %1 for too long. Your input is kept; try again in a moment.</source>
        <translation>Another user&apos;s change held the data on the server %1 for too long. Your input is kept; try again in a moment.</translation>
    </message>
    <message>
        <source>A server announces changes instead (ChangeWatcher).</source>
        <translation>A server announces changes instead (ChangeWatcher).</translation>
    </message>
    <message>
        <source>Wrong user name or password: the server %1 refused %2.</source>
        <translation>Wrong user name or password: the server %1 refused %2.</translation>
    </message>
    <message>
        <source>The server %1 lets %2 in no longer: the account is disabled, or locked after too many wrong passwords.</source>
        <translation>The server %1 lets %2 in no longer: the account is disabled, or locked after too many wrong passwords.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Integrity check: ok</source>
        <translation>Integrity check: ok</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>Integrity check failed: %1</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>table %1, row %2</translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>Foreign keys: ok</translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys: %n row(s) point to missing rows, first %1</source>
        <translation>
            <numerusform>Foreign keys: %n row points to a missing row, first %1</numerusform>
            <numerusform>Foreign keys: %n rows point to missing rows, first %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Protective trigger %1 is missing: someone changed the database behind the program&apos;s back.</source>
        <translation>Protective trigger %1 is missing: someone changed the database behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>Audit record %1 differs from the copy this PC remembered: the log was rewritten.</source>
        <translation>Audit record %1 differs from the copy this PC remembered: the log was rewritten.</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: %n record(s), ok</source>
        <translation>
            <numerusform>Audit chain: %n record, ok</numerusform>
            <numerusform>Audit chain: %n records, ok</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit records after %1 are missing: this PC saw record %2, the file ends at %1.</source>
        <translation>Audit records after %1 are missing: this PC saw record %2, the file ends at %1.</translation>
    </message>
    <message>
        <source>Integrity check: kept by the database server</source>
        <translation>Integrity check: kept by the database server</translation>
    </message>
</context>
<context>
    <name>DemoCompany</name>
    <message>
        <source>A demo company has 6 to 5000 employees.</source>
        <translation>A demo company has 6 to 5000 employees.</translation>
    </message>
    <message>
        <source>A demo company covers 1 to 36 months.</source>
        <translation>A demo company covers 1 to 36 months.</translation>
    </message>
</context>
<context>
    <name>DingTalkRecords</name>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>no 工号, 考勤日期 and 打卡时间 columns: not DingTalk raw records, or the wrong encoding</source>
        <translation>no 工号, 考勤日期 and 打卡时间 columns: not DingTalk raw records, or the wrong encoding</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>not a time (HH:MM)</source>
        <translation>not a time (HH:MM)</translation>
    </message>
</context>
<context>
    <name>DisciplineEntry</name>
    <message>
        <source>Proposed by attendance</source>
        <translation>Proposed by attendance</translation>
    </message>
    <message>
        <source>Waiting for the department head</source>
        <translation>Waiting for the department head</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>DisciplineRegister</name>
    <message>
        <source>The disciplinary entry of this request no longer exists.</source>
        <translation>The disciplinary entry of this request no longer exists.</translation>
    </message>
    <message>
        <source>%1, rule %2: %3</source>
        <translation>%1, rule %2: %3</translation>
    </message>
    <message>
        <source>Choose the rule the entry is recorded under.</source>
        <translation>Choose the rule the entry is recorded under.</translation>
    </message>
    <message>
        <source>Give the date and what happened.</source>
        <translation>Give the date and what happened.</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>There is no such employee.</translation>
    </message>
    <message>
        <source>Fine for %1: %2 (%3)</source>
        <translation>Fine for %1: %2 (%3)</translation>
    </message>
    <message>
        <source>There is no such entry.</source>
        <translation>There is no such entry.</translation>
    </message>
    <message>
        <source>Only a proposal from attendance is confirmed or waived here.</source>
        <translation>Only a proposal from attendance is confirmed or waived here.</translation>
    </message>
    <message>
        <source>Someone else decided this entry meanwhile; reload.</source>
        <translation>Someone else decided this entry meanwhile; reload.</translation>
    </message>
    <message>
        <source>Say why the entry is waived.</source>
        <translation>Say why the entry is waived.</translation>
    </message>
    <message>
        <source>Name the other person of the proxy punch (%1).</source>
        <translation>Name the other person of the proxy punch (%1).</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (with %2)</translation>
    </message>
</context>
<context>
    <name>DutyRoster</name>
    <message>
        <source>A duty rotation needs at least three people: one main, one support, and whoever rests after main duty.</source>
        <translation>A duty rotation needs at least three people: one main, one support, and whoever rests after main duty.</translation>
    </message>
    <message>
        <source>The roster period is not a range of dates.</source>
        <translation>The roster period is not a range of dates.</translation>
    </message>
    <message>
        <source>Every day needs a main and a support person.</source>
        <translation>Every day needs a main and a support person.</translation>
    </message>
    <message>
        <source>%1 cannot be main and support on the same day.</source>
        <translation>%1 cannot be main and support on the same day.</translation>
    </message>
    <message>
        <source>%1 is on main duty two days running.</source>
        <translation>%1 is on main duty two days running.</translation>
    </message>
    <message>
        <source>%1 rests after main duty and cannot be on support duty.</source>
        <translation>%1 rests after main duty and cannot be on support duty.</translation>
    </message>
</context>
<context>
    <name>DutyRosterService</name>
    <message>
        <source>Duty on %1: %2</source>
        <translation>Duty on %1: %2</translation>
    </message>
    <message>
        <source>The roster of %1 is published; change a day by a swap request.</source>
        <translation>The roster of %1 is published; change a day by a swap request.</translation>
    </message>
    <message>
        <source>Every day of the month needs its duty before the roster is published.</source>
        <translation>Every day of the month needs its duty before the roster is published.</translation>
    </message>
    <message>
        <source>Choose a main and a support person.</source>
        <translation>Choose a main and a support person.</translation>
    </message>
    <message>
        <source>Duty swap on %1</source>
        <translation>Duty swap on %1</translation>
    </message>
    <message>
        <source>main %1, support %2</source>
        <translation>main %1, support %2</translation>
    </message>
    <message>
        <source>Duty roster %1</source>
        <translation>Duty roster %1</translation>
    </message>
    <message>
        <source>Main duty 07:30-11:30 and 15:00-22:00, rest the next day; support duty 07:30-17:00 and the day&apos;s office cleaning (ATT-01, DUTY-01)</source>
        <translation>Main duty 07:30-11:30 and 15:00-22:00, rest the next day; support duty 07:30-17:00 and the day&apos;s office cleaning (ATT-01, DUTY-01)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1
Main: %2
Support and cleaning: %3</source>
        <translation>%1
Main: %2
Support and cleaning: %3</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
</context>
<context>
    <name>Employee</name>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>On probation</source>
        <translation>On probation</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Still out</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EmployeeArchive</name>
    <message>
        <source>A record needs a name and a staff number.</source>
        <translation>A record needs a name and a staff number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is not a phone number.</translation>
    </message>
    <message>
        <source>Nobody is their own supervisor.</source>
        <translation>Nobody is their own supervisor.</translation>
    </message>
    <message>
        <source>A special hire starts probation only after passing the assessment (HR-04).</source>
        <translation>A special hire starts probation only after passing the assessment (HR-04).</translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (is the staff number or PIN taken?)</source>
        <translation>Cannot save %1: %2 (is the staff number or PIN taken?)</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>There is no such employee.</translation>
    </message>
    <message>
        <source>Someone else saved %1 meanwhile; reload to see their change.</source>
        <translation>Someone else saved %1 meanwhile; reload to see their change.</translation>
    </message>
    <message>
        <source>Only HR marks a record verified (HR-01).</source>
        <translation>Only HR marks a record verified (HR-01).</translation>
    </message>
    <message>
        <source>An assessment needs its date and assessor (HR-04).</source>
        <translation>An assessment needs its date and assessor (HR-04).</translation>
    </message>
    <message>
        <source>Scores are from 0 to 100.</source>
        <translation>Scores are from 0 to 100.</translation>
    </message>
</context>
<context>
    <name>EmployeeImport</name>
    <message>
        <source>%1 has no header row with 工号 and 姓名 (staff number and name).</source>
        <translation>%1 has no header row with 工号 and 姓名 (staff number and name).</translation>
    </message>
    <message>
        <source>staff no. / name</source>
        <translation>staff no. / name</translation>
    </message>
    <message>
        <source>both are required</source>
        <translation>both are required</translation>
    </message>
    <message>
        <source>staff no.</source>
        <translation>staff no.</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>appears twice in the file</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>already the PIN of %1</source>
        <translation>already the PIN of %1</translation>
    </message>
    <message>
        <source>hire date</source>
        <translation>hire date</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since the preview; read the file again.</source>
        <translation>%1 was changed by someone else since the preview; read the file again.</translation>
    </message>
    <message>
        <source>no such department: add it under Departments... first</source>
        <translation>no such department: add it under Departments... first</translation>
    </message>
</context>
<context>
    <name>ExpenseDesk</name>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 for %3</translation>
    </message>
    <message>
        <source>; a business expense: approve before the money is spent (FIN-09)</source>
        <translation>; a business expense: approve before the money is spent (FIN-09)</translation>
    </message>
    <message>
        <source>; over its budget line: approving consents to exceeding the budget (FIN-01)</source>
        <translation>; over its budget line: approving consents to exceeding the budget (FIN-01)</translation>
    </message>
    <message>
        <source>Expense %1: %2</source>
        <translation>Expense %1: %2</translation>
    </message>
    <message>
        <source>Expense request %1 does not exist.</source>
        <translation>Expense request %1 does not exist.</translation>
    </message>
    <message>
        <source>Give the day the cash is lent.</source>
        <translation>Give the day the cash is lent.</translation>
    </message>
    <message>
        <source>Advance on %1 (IOU %2)</source>
        <translation>Advance on %1 (IOU %2)</translation>
    </message>
    <message>
        <source>Give the day of the reimbursement.</source>
        <translation>Give the day of the reimbursement.</translation>
    </message>
    <message>
        <source>Reimbursement of %1</source>
        <translation>Reimbursement of %1</translation>
    </message>
    <message>
        <source>Advance returned on %1</source>
        <translation>Advance returned on %1</translation>
    </message>
    <message>
        <source>A request is for your own department, whose head approves it.</source>
        <translation>A request is for your own department, whose head approves it.</translation>
    </message>
    <message>
        <source>The scan %1 is %2 bytes; a scan may be at most %3 bytes.</source>
        <translation>The scan %1 is %2 bytes; a scan may be at most %3 bytes.</translation>
    </message>
    <message>
        <source>%1 has no invoice %2.</source>
        <translation>%1 has no invoice %2.</translation>
    </message>
</context>
<context>
    <name>ExpenseRules</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Reimbursed</translation>
    </message>
    <message>
        <source>Choose the department that spends the money.</source>
        <translation>Choose the department that spends the money.</translation>
    </message>
    <message>
        <source>Choose the budget category of the expense.</source>
        <translation>Choose the budget category of the expense.</translation>
    </message>
    <message>
        <source>Say what the money is for.</source>
        <translation>Say what the money is for.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>Give the day the money is needed.</source>
        <translation>Give the day the money is needed.</translation>
    </message>
    <message>
        <source>%1 is %2: an advance is lent only against an approved request (FIN-04).</source>
        <translation>%1 is %2: an advance is lent only against an approved request (FIN-04).</translation>
    </message>
    <message>
        <source>The advance must be more than zero.</source>
        <translation>The advance must be more than zero.</translation>
    </message>
    <message>
        <source>Give the number of the signed IOU.</source>
        <translation>Give the number of the signed IOU.</translation>
    </message>
    <message>
        <source>%1 was approved for %2 and %3 is already lent: at most %4 more.</source>
        <translation>%1 was approved for %2 and %3 is already lent: at most %4 more.</translation>
    </message>
    <message>
        <source>%1 is already reimbursed.</source>
        <translation>%1 is already reimbursed.</translation>
    </message>
    <message>
        <source>%1 is %2: without an approved request there is no reimbursement (FIN-04).</source>
        <translation>%1 is %2: without an approved request there is no reimbursement (FIN-04).</translation>
    </message>
    <message>
        <source>A reimbursement needs its invoices.</source>
        <translation>A reimbursement needs its invoices.</translation>
    </message>
    <message>
        <source>Invoice %1: give its number.</source>
        <translation>Invoice %1: give its number.</translation>
    </message>
    <message>
        <source>Invoice %1 is listed twice.</source>
        <translation>Invoice %1 is listed twice.</translation>
    </message>
    <message>
        <source>Invoice %1: the amount must be more than zero.</source>
        <translation>Invoice %1: the amount must be more than zero.</translation>
    </message>
    <message>
        <source>Invoice %1: give the day it was issued.</source>
        <translation>Invoice %1: give the day it was issued.</translation>
    </message>
    <message>
        <source>Invoice %1 is dated %2, before %3 was approved on %4: a business expense needs the general manager&apos;s approval before the money is spent (FIN-09).</source>
        <translation>Invoice %1 is dated %2, before %3 was approved on %4: a business expense needs the general manager&apos;s approval before the money is spent (FIN-09).</translation>
    </message>
    <message>
        <source>The invoices come to %1, more than the %2 approved for %3.</source>
        <translation>The invoices come to %1, more than the %2 approved for %3.</translation>
    </message>
</context>
<context>
    <name>FeedbackBook</name>
    <message>
        <source>The feedback is no longer there.</source>
        <translation>The feedback is no longer there.</translation>
    </message>
</context>
<context>
    <name>FinanceModule</name>
    <message numerus="yes">
        <source>%n signed payment voucher(s) to pay</source>
        <translation>
            <numerusform>%n signed payment voucher to pay</numerusform>
            <numerusform>%n signed payment vouchers to pay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advance(s) not yet cleared, %1 in all</source>
        <translation>
            <numerusform>%n advance not yet cleared, %1 in all</numerusform>
            <numerusform>%n advances not yet cleared, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
</context>
<context>
    <name>FinancePeriods</name>
    <message>
        <source>%1 is closed for money entries (FIN-03): nothing dated in it is accepted unless the general manager reopens the month.</source>
        <translation>%1 is closed for money entries (FIN-03): nothing dated in it is accepted unless the general manager reopens the month.</translation>
    </message>
</context>
<context>
    <name>FinanceRoles</name>
    <message>
        <source>Only the %1 may do this (FIN-02).</source>
        <translation>Only the %1 may do this (FIN-02).</translation>
    </message>
</context>
<context>
    <name>GroupDesk</name>
    <message>
        <source>%1 to guide %2 for %3, of which %4 is beyond what the group has paid (FIN-06)</source>
        <translation>%1 to guide %2 for %3, of which %4 is beyond what the group has paid (FIN-06)</translation>
    </message>
    <message>
        <source>The group account no longer exists.</source>
        <translation>The group account no longer exists.</translation>
    </message>
    <message>
        <source>%1 is settled and stays as it was.</source>
        <translation>%1 is settled and stays as it was.</translation>
    </message>
    <message>
        <source>%1 was changed from another PC after you opened it: reload it.</source>
        <translation>%1 was changed from another PC after you opened it: reload it.</translation>
    </message>
    <message>
        <source>A receipt must be more than zero.</source>
        <translation>A receipt must be more than zero.</translation>
    </message>
    <message>
        <source>Give the day the money arrived.</source>
        <translation>Give the day the money arrived.</translation>
    </message>
    <message>
        <source>%1 is settled.</source>
        <translation>%1 is settled.</translation>
    </message>
    <message>
        <source>%1 owes %2; %3 is more than that.</source>
        <translation>%1 owes %2; %3 is more than that.</translation>
    </message>
    <message>
        <source>Name the guide the money is lent to.</source>
        <translation>Name the guide the money is lent to.</translation>
    </message>
    <message>
        <source>Give the day the money is lent.</source>
        <translation>Give the day the money is lent.</translation>
    </message>
    <message>
        <source>Guide advance for %1</source>
        <translation>Guide advance for %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a paper may be at most %3 bytes.</source>
        <translation>%1 is %2 bytes; a paper may be at most %3 bytes.</translation>
    </message>
    <message>
        <source>Only the general manager lets a group depart below what it must have paid (FIN-07).</source>
        <translation>Only the general manager lets a group depart below what it must have paid (FIN-07).</translation>
    </message>
    <message>
        <source>Say why the group may depart.</source>
        <translation>Say why the group may depart.</translation>
    </message>
    <message>
        <source>%1 may already depart.</source>
        <translation>%1 may already depart.</translation>
    </message>
    <message>
        <source>%1 was changed from another PC meanwhile.</source>
        <translation>%1 was changed from another PC meanwhile.</translation>
    </message>
    <message>
        <source>Only the general manager writes off a bad debt (FIN-07).</source>
        <translation>Only the general manager writes off a bad debt (FIN-07).</translation>
    </message>
    <message>
        <source>A bad debt is charged to whoever caused it: name the person (FIN-07).</source>
        <translation>A bad debt is charged to whoever caused it: name the person (FIN-07).</translation>
    </message>
    <message>
        <source>The amount written off must be more than zero.</source>
        <translation>The amount written off must be more than zero.</translation>
    </message>
    <message>
        <source>%1 owes %2; no more can be written off.</source>
        <translation>%1 owes %2; no more can be written off.</translation>
    </message>
    <message>
        <source>Guide advance</source>
        <translation>Guide advance</translation>
    </message>
    <message>
        <source>Give the traveller&apos;s name.</source>
        <translation>Give the traveller&apos;s name.</translation>
    </message>
    <message>
        <source>%1 is an individual customer&apos;s contract: one traveller.</source>
        <translation>%1 is an individual customer&apos;s contract: one traveller.</translation>
    </message>
    <message>
        <source>%1 left on %2: its list is what travelled.</source>
        <translation>%1 left on %2: its list is what travelled.</translation>
    </message>
    <message>
        <source>The traveller was already taken off %1 from another PC.</source>
        <translation>The traveller was already taken off %1 from another PC.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1 left on %2: its departure day stays.</source>
        <translation>%1 left on %2: its departure day stays.</translation>
    </message>
    <message>
        <source>The line was already taken off the budget sheet of %1 from another PC.</source>
        <translation>The line was already taken off the budget sheet of %1 from another PC.</translation>
    </message>
    <message>
        <source>%1: rows read: %2.</source>
        <translation>%1: rows read: %2.</translation>
    </message>
    <message>
        <source>Travellers to add: %1; listed already: %2.</source>
        <translation>Travellers to add: %1; listed already: %2.</translation>
    </message>
    <message>
        <source>Rows that cannot be taken: %1.</source>
        <translation>Rows that cannot be taken: %1.</translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Individual customer</source>
        <translation>Individual customer</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Expense confirmation</source>
        <translation>Expense confirmation</translation>
    </message>
    <message>
        <source>Itemized expense list</source>
        <translation>Itemized expense list</translation>
    </message>
    <message>
        <source>%1 has paid %2 of the %3 due before departure (%4): it does not depart unless the general manager allows it (FIN-07).</source>
        <translation>%1 has paid %2 of the %3 due before departure (%4): it does not depart unless the general manager allows it (FIN-07).</translation>
    </message>
    <message>
        <source>80% for a group</source>
        <translation>80% for a group</translation>
    </message>
    <message>
        <source>all of it for an individual</source>
        <translation>all of it for an individual</translation>
    </message>
    <message>
        <source>The advance must be more than zero.</source>
        <translation>The advance must be more than zero.</translation>
    </message>
    <message>
        <source>%1 is settled.</source>
        <translation>%1 is settled.</translation>
    </message>
    <message>
        <source>The budget sheet of %1 allows %2 and %3 is already lent: at most %4 more (FIN-06).</source>
        <translation>The budget sheet of %1 allows %2 and %3 is already lent: at most %4 more (FIN-06).</translation>
    </message>
    <message>
        <source>%1 is already settled.</source>
        <translation>%1 is already settled.</translation>
    </message>
    <message>
        <source>%1 cannot be settled without: %2 (FIN-08).</source>
        <translation>%1 cannot be settled without: %2 (FIN-08).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Name the group or customer.</source>
        <translation>Name the group or customer.</translation>
    </message>
    <message>
        <source>The contract value must be more than zero.</source>
        <translation>The contract value must be more than zero.</translation>
    </message>
    <message>
        <source>Give the signing, departure and return dates.</source>
        <translation>Give the signing, departure and return dates.</translation>
    </message>
    <message>
        <source>The return is before the departure.</source>
        <translation>The return is before the departure.</translation>
    </message>
    <message>
        <source>%1 left on %2.</source>
        <translation>%1 left on %2.</translation>
    </message>
    <message>
        <source>Say what the budget line is for (coach, hotel, meals...).</source>
        <translation>Say what the budget line is for (coach, hotel, meals...).</translation>
    </message>
    <message>
        <source>A budget line must be more than zero.</source>
        <translation>A budget line must be more than zero.</translation>
    </message>
    <message>
        <source>The guide of %1 has been lent %2: the budget sheet cannot fall below it (FIN-06).</source>
        <translation>The guide of %1 has been lent %2: the budget sheet cannot fall below it (FIN-06).</translation>
    </message>
    <message>
        <source>A departure is recorded once the group has left, not before.</source>
        <translation>A departure is recorded once the group has left, not before.</translation>
    </message>
    <message>
        <source>%1 was signed on %2: it cannot have left before that.</source>
        <translation>%1 was signed on %2: it cannot have left before that.</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>In-lieu rest day</source>
        <translation>In-lieu rest day</translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation>Statutory holiday</translation>
    </message>
    <message>
        <source>%1 is not a holiday calendar: %2 at character %3.</source>
        <translation>%1 is not a holiday calendar: %2 at character %3.</translation>
    </message>
    <message>
        <source>%1 has no &quot;years&quot; with holiday breaks.</source>
        <translation>%1 has no &quot;years&quot; with holiday breaks.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a year.</source>
        <translation>%1: &quot;%2&quot; is not a year.</translation>
    </message>
    <message>
        <source>%1: year %2, %3, field &quot;%4&quot;: &quot;%5&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: year %2, %3, field &quot;%4&quot;: &quot;%5&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The shipped holiday calendar is missing from the program.</source>
        <translation>The shipped holiday calendar is missing from the program.</translation>
    </message>
</context>
<context>
    <name>HolidayCalendarService</name>
    <message>
        <source>Choose a date.</source>
        <translation>Choose a date.</translation>
    </message>
</context>
<context>
    <name>HomeModule</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>HrModule</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>IdCardNumber</name>
    <message>
        <source>An ID card number has 18 characters; &quot;%1&quot; has %2.</source>
        <translation>An ID card number has 18 characters; &quot;%1&quot; has %2.</translation>
    </message>
    <message>
        <source>The ID card number &quot;%1&quot; has a non-digit at position %2.</source>
        <translation>The ID card number &quot;%1&quot; has a non-digit at position %2.</translation>
    </message>
    <message>
        <source>The ID card number &quot;%1&quot; holds no valid birth date (%2).</source>
        <translation>The ID card number &quot;%1&quot; holds no valid birth date (%2).</translation>
    </message>
    <message>
        <source>The ID card number &quot;%1&quot; fails its check character: %2 expected at the end.</source>
        <translation>The ID card number &quot;%1&quot; fails its check character: %2 expected at the end.</translation>
    </message>
</context>
<context>
    <name>InboxModule</name>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision.</source>
        <translation>
            <numerusform>%n request waits for your decision.</numerusform>
            <numerusform>%n requests wait for your decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>    No. %1, %2, from %3, waiting %4 h</source>
        <translation>    No. %1, %2, from %3, waiting %4 h</translation>
    </message>
    <message numerus="yes">
        <source>%n phone approval(s) in your name to confirm or dispute.</source>
        <translation>
            <numerusform>%n phone approval in your name to confirm or dispute.</numerusform>
            <numerusform>%n phone approvals in your name to confirm or dispute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk</name>
    <message>
        <source>The purchase order of this invoice no longer exists.</source>
        <translation>The purchase order of this invoice no longer exists.</translation>
    </message>
    <message>
        <source>Invoice %1 for %2</source>
        <translation>Invoice %1 for %2</translation>
    </message>
    <message>
        <source>The invoice of this approval no longer exists.</source>
        <translation>The invoice of this approval no longer exists.</translation>
    </message>
    <message>
        <source>Invoice %1 was decided meanwhile.</source>
        <translation>Invoice %1 was decided meanwhile.</translation>
    </message>
    <message>
        <source>Invoice %1 of %2: %3</source>
        <translation>Invoice %1 of %2: %3</translation>
    </message>
    <message>
        <source>Give the invoice date.</source>
        <translation>Give the invoice date.</translation>
    </message>
    <message>
        <source>The purchase order no longer exists.</source>
        <translation>The purchase order no longer exists.</translation>
    </message>
    <message>
        <source>Invoice %1 is already recorded for %2.</source>
        <translation>Invoice %1 is already recorded for %2.</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 for %3 does not match</source>
        <translation>Invoice %1 of %2 for %3 does not match</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>Give the invoice number.</source>
        <translation>Give the invoice number.</translation>
    </message>
    <message>
        <source>An invoice has at least one line.</source>
        <translation>An invoice has at least one line.</translation>
    </message>
    <message>
        <source>%1 is already invoiced in full.</source>
        <translation>%1 is already invoiced in full.</translation>
    </message>
    <message>
        <source>The invoice names a line that is not on %1.</source>
        <translation>The invoice names a line that is not on %1.</translation>
    </message>
    <message>
        <source>%1 is named twice on the invoice.</source>
        <translation>%1 is named twice on the invoice.</translation>
    </message>
    <message>
        <source>%1: the invoiced quantity must be a whole number from 1 to %2.</source>
        <translation>%1: the invoiced quantity must be a whole number from 1 to %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount an invoice line can carry.</source>
        <translation>%1: %2 is not an amount an invoice line can carry.</translation>
    </message>
    <message>
        <source>%1: invoiced %2 %3, arrived and not yet invoiced %4.</source>
        <translation>%1: invoiced %2 %3, arrived and not yet invoiced %4.</translation>
    </message>
    <message>
        <source>The invoice asks for %1; the order&apos;s prices give %2 (tolerance %3).</source>
        <translation>The invoice asks for %1; the order&apos;s prices give %2 (tolerance %3).</translation>
    </message>
    <message>
        <source>The invoice asks for nothing: give its amounts.</source>
        <translation>The invoice asks for nothing: give its amounts.</translation>
    </message>
</context>
<context>
    <name>ItemLabels</name>
    <message>
        <source>Shelf labels</source>
        <translation>Shelf labels</translation>
    </message>
    <message>
        <source>Copies per item must be between 1 and %1, not %2.</source>
        <translation>Copies per item must be between 1 and %1, not %2.</translation>
    </message>
    <message>
        <source>There are no items to print labels for.</source>
        <translation>There are no items to print labels for.</translation>
    </message>
    <message>
        <source>No label for %1: %2</source>
        <translation>No label for %1: %2</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Location: %1</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <source>Choose one or more items in the list first.</source>
        <translation>Choose one or more items in the list first.</translation>
    </message>
    <message numerus="yes">
        <source>Labels for each of the %n item(s):</source>
        <translation>
            <numerusform>Labels for each of the %n item:</numerusform>
            <numerusform>Labels for each of the %n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>shelf-labels</source>
        <translation>shelf-labels</translation>
    </message>
</context>
<context>
    <name>LabelPainter</name>
    <message>
        <source>The label of %1 cannot be printed. %2</source>
        <translation>The label of %1 cannot be printed. %2</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>There are no labels to print: choose at least one.</source>
        <translation>There are no labels to print: choose at least one.</translation>
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
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation>Marriage leave</translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation>Bereavement leave</translation>
    </message>
    <message>
        <source>Comp time off</source>
        <translation>Comp time off</translation>
    </message>
    <message>
        <source>Hospital visit (hours)</source>
        <translation>Hospital visit (hours)</translation>
    </message>
    <message>
        <source>The leave must end after it starts.</source>
        <translation>The leave must end after it starts.</translation>
    </message>
    <message>
        <source>Give a reason for the leave (LEAVE-01).</source>
        <translation>Give a reason for the leave (LEAVE-01).</translation>
    </message>
    <message>
        <source>A hospital visit is filed for hours within one day; longer is sick leave (LEAVE-02).</source>
        <translation>A hospital visit is filed for hours within one day; longer is sick leave (LEAVE-02).</translation>
    </message>
    <message>
        <source>The leave covers no working day.</source>
        <translation>The leave covers no working day.</translation>
    </message>
    <message>
        <source>This leave has already begun: file it before it starts, or mark it an emergency the supervisor was told of by phone (LEAVE-04).</source>
        <translation>This leave has already begun: file it before it starts, or mark it an emergency the supervisor was told of by phone (LEAVE-04).</translation>
    </message>
    <message>
        <source>Sick leave of more than one day needs a hospital certificate attached (LEAVE-02).</source>
        <translation>Sick leave of more than one day needs a hospital certificate attached (LEAVE-02).</translation>
    </message>
    <message>
        <source>Marriage leave is %1 days at most (LEAVE-06).</source>
        <translation>Marriage leave is %1 days at most (LEAVE-06).</translation>
    </message>
    <message>
        <source>Bereavement leave is %1 days at most (LEAVE-06).</source>
        <translation>Bereavement leave is %1 days at most (LEAVE-06).</translation>
    </message>
    <message>
        <source>Comp time off of %1 hours exceeds the %2 hours earned (OT-02).</source>
        <translation>Comp time off of %1 hours exceeds the %2 hours earned (OT-02).</translation>
    </message>
</context>
<context>
    <name>ListParts</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ListingKind</name>
    <message>
        <source>Put on sale</source>
        <translation>Put on sale</translation>
    </message>
    <message>
        <source>Take off sale</source>
        <translation>Take off sale</translation>
    </message>
</context>
<context>
    <name>ListingRules</name>
    <message>
        <source>The product is on sale already.</source>
        <translation>The product is on sale already.</translation>
    </message>
    <message>
        <source>The product is not on sale.</source>
        <translation>The product is not on sale.</translation>
    </message>
    <message>
        <source>Say why the product should go on sale.</source>
        <translation>Say why the product should go on sale.</translation>
    </message>
    <message>
        <source>Say why the product should be taken off sale while it is still in stock (PRD-02).</source>
        <translation>Say why the product should be taken off sale while it is still in stock (PRD-02).</translation>
    </message>
    <message>
        <source>Nothing is in stock: book the receipt first, or the product would be taken off sale at once (PRD-02).</source>
        <translation>Nothing is in stock: book the receipt first, or the product would be taken off sale at once (PRD-02).</translation>
    </message>
    <message>
        <source>The product has no price yet: it is not put on sale for nothing.</source>
        <translation>The product has no price yet: it is not put on sale for nothing.</translation>
    </message>
</context>
<context>
    <name>Listings</name>
    <message>
        <source>%1: %2 %3. %4</source>
        <translation>%1: %2 %3. %4</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>The product no longer exists.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has a listing change waiting already (asked by %2).</source>
        <translation>%1 has a listing change waiting already (asked by %2).</translation>
    </message>
    <message>
        <source>The listing change no longer exists.</source>
        <translation>The listing change no longer exists.</translation>
    </message>
    <message>
        <source>%1 of %2 is %3: only an approved change is carried out (PRD-02).</source>
        <translation>%1 of %2 is %3: only an approved change is carried out (PRD-02).</translation>
    </message>
    <message>
        <source>%1 of %2 was carried out from another PC meanwhile.</source>
        <translation>%1 of %2 was carried out from another PC meanwhile.</translation>
    </message>
</context>
<context>
    <name>LoanKind</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>LoanRules</name>
    <message>
        <source>Say what the contract is needed for.</source>
        <translation>Say what the contract is needed for.</translation>
    </message>
    <message>
        <source>Give the day it comes back, today or later.</source>
        <translation>Give the day it comes back, today or later.</translation>
    </message>
    <message>
        <source>An original leaves only in a special case: say which (CON-05).</source>
        <translation>An original leaves only in a special case: say which (CON-05).</translation>
    </message>
</context>
<context>
    <name>LoanState</name>
    <message>
        <source>Waiting for signature</source>
        <translation>Waiting for signature</translation>
    </message>
    <message>
        <source>Signed, to hand out</source>
        <translation>Signed, to hand out</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>LocalPurchaseAudit</name>
    <message>
        <source>A review accepts the purchase or queries it.</source>
        <translation>A review accepts the purchase or queries it.</translation>
    </message>
    <message>
        <source>Say what is queried about the purchase.</source>
        <translation>Say what is queried about the purchase.</translation>
    </message>
    <message>
        <source>That ledger row is not a local purchase.</source>
        <translation>That ledger row is not a local purchase.</translation>
    </message>
</context>
<context>
    <name>MakeUpPunch</name>
    <message>
        <source>Make-up punch %1</source>
        <translation>Make-up punch %1</translation>
    </message>
    <message>
        <source>Make-up punch at %1: %2</source>
        <translation>Make-up punch at %1: %2</translation>
    </message>
    <message>
        <source>Give the date and time of the punch.</source>
        <translation>Give the date and time of the punch.</translation>
    </message>
    <message>
        <source>A make-up punch needs a reason (ATT-12).</source>
        <translation>A make-up punch needs a reason (ATT-12).</translation>
    </message>
    <message>
        <source>A make-up punch cannot be in the future.</source>
        <translation>A make-up punch cannot be in the future.</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>There is no such employee.</translation>
    </message>
    <message>
        <source>%1 has used the %2 make-up punches allowed in %3 (ATT-12).</source>
        <translation>%1 has used the %2 make-up punches allowed in %3 (ATT-12).</translation>
    </message>
    <message>
        <source>Make-up punch for %1, %2</source>
        <translation>Make-up punch for %1, %2</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Copy my changes, then reload</source>
        <translation>Copy my changes, then reload</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 (%2) in this program differs from the one applied to the database. The program or the database was altered; the database is opened read-only.</source>
        <translation>Migration %1 (%2) in this program differs from the one applied to the database. The program or the database was altered; the database is opened read-only.</translation>
    </message>
    <message>
        <source>This database has schema version %1, but this program only knows version %2. It is opened read-only; please install the newer ShopDesk.</source>
        <translation>This database has schema version %1, but this program only knows version %2. It is opened read-only; please install the newer ShopDesk.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
</context>
<context>
    <name>MonthClose</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 is already closed.</translation>
    </message>
    <message>
        <source>The cash journal is not closed on %1.</source>
        <translation>The cash journal is not closed on %1.</translation>
    </message>
    <message>
        <source>Payment vouchers wait for signatures or payment: %1.</source>
        <translation>Payment vouchers wait for signatures or payment: %1.</translation>
    </message>
    <message>
        <source>The chief accountant has not reviewed %1.</source>
        <translation>The chief accountant has not reviewed %1.</translation>
    </message>
</context>
<context>
    <name>MonthEnd</name>
    <message>
        <source>%1 has not ended yet.</source>
        <translation>%1 has not ended yet.</translation>
    </message>
    <message>
        <source>Only the general manager reopens a closed month (FIN-03).</source>
        <translation>Only the general manager reopens a closed month (FIN-03).</translation>
    </message>
    <message>
        <source>Say why the month is reopened.</source>
        <translation>Say why the month is reopened.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 is not closed.</translation>
    </message>
    <message>
        <source>Monthly accounts %1</source>
        <translation>Monthly accounts %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not closed yet: figures may still change</source>
        <translation>Not closed yet: figures may still change</translation>
    </message>
    <message>
        <source>Payment vouchers</source>
        <translation>Payment vouchers</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Outstanding advances</source>
        <translation>Outstanding advances</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Prepared by (cash accountant)</source>
        <translation>Prepared by (cash accountant)</translation>
    </message>
    <message>
        <source>Checked by (chief accountant)</source>
        <translation>Checked by (chief accountant)</translation>
    </message>
    <message>
        <source>Approved by (general manager)</source>
        <translation>Approved by (general manager)</translation>
    </message>
    <message>
        <source>Against the budget, %1</source>
        <translation>Against the budget, %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Paid this month</source>
        <translation>Paid this month</translation>
    </message>
    <message>
        <source>Paid this year</source>
        <translation>Paid this year</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <source>Not leaving</source>
        <translation>Not leaving</translation>
    </message>
    <message>
        <source>Blocked (company property not yet returned)</source>
        <translation>Blocked (company property not yet returned)</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>There is no such employee.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of company property not yet returned or written off.</source>
        <translation>
            <numerusform>%n item of company property not yet returned or written off.</numerusform>
            <numerusform>%n items of company property not yet returned or written off.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the item and the day it was handed out.</source>
        <translation>Name the item and the day it was handed out.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of property.</source>
        <translation>&quot;%1&quot; is not a kind of property.</translation>
    </message>
    <message>
        <source>Say why the item is written off.</source>
        <translation>Say why the item is written off.</translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation>There is no such item.</translation>
    </message>
    <message>
        <source>%1 was already closed by someone else.</source>
        <translation>%1 was already closed by someone else.</translation>
    </message>
    <message>
        <source>The last working day cannot come before the notice.</source>
        <translation>The last working day cannot come before the notice.</translation>
    </message>
    <message>
        <source>Someone else saved %1 meanwhile; reload.</source>
        <translation>Someone else saved %1 meanwhile; reload.</translation>
    </message>
    <message>
        <source>Only the person&apos;s manager waives the notice (HR-02).</source>
        <translation>Only the person&apos;s manager waives the notice (HR-02).</translation>
    </message>
    <message>
        <source>Withheld (notice under 30 days, HR-02)</source>
        <translation>Withheld (notice under 30 days, HR-02)</translation>
    </message>
    <message>
        <source>Notice of %1 days is under 30 days: no settlement unless the manager waives it (HR-02).</source>
        <translation>Notice of %1 days is under 30 days: no settlement unless the manager waives it (HR-02).</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>Order %1: %2</source>
        <translation>Order %1: %2</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>Say why the order is cancelled.</translation>
    </message>
    <message>
        <source>Give the carrier and the tracking number.</source>
        <translation>Give the carrier and the tracking number.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Write the note.</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>The order no longer exists.</translation>
    </message>
    <message>
        <source>A refund is more than zero and all refunds at most the order&apos;s total %1 (%2 refunded so far).</source>
        <translation>A refund is more than zero and all refunds at most the order&apos;s total %1 (%2 refunded so far).</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>There is no order %1.</translation>
    </message>
    <message>
        <source>Order number %1 is at more than one channel (%2): open it from the list.</source>
        <translation>Order number %1 is at more than one channel (%2): open it from the list.</translation>
    </message>
    <message>
        <source>%1 order %2 is recorded already; read the list or the file again.</source>
        <translation>%1 order %2 is recorded already; read the list or the file again.</translation>
    </message>
</context>
<context>
    <name>OrderChannel</name>
    <message>
        <source>Taobao/Tmall</source>
        <translation>Taobao/Tmall</translation>
    </message>
    <message>
        <source>Tmall</source>
        <translation>Tmall</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>JD</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Own web shop</source>
        <translation>Own web shop</translation>
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
        <translation>Order number</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Line amount</translation>
    </message>
    <message>
        <source>Buyer account</source>
        <translation>Buyer account</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Consignee</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <source>Status at the channel</source>
        <translation>Status at the channel</translation>
    </message>
</context>
<context>
    <name>OrderEventKind</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Customer contacted</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Handed to operations</source>
        <translation>Handed to operations</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Status at the channel</source>
        <translation>Status at the channel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OrderFolders</name>
    <message>
        <source>Name the channel whose exports the folder receives.</source>
        <translation>Name the channel whose exports the folder receives.</translation>
    </message>
    <message>
        <source>%1 is not a folder this PC can reach.</source>
        <translation>%1 is not a folder this PC can reach.</translation>
    </message>
    <message>
        <source>Map the columns of %1&apos;s export once (import one of its files) before watching its folder.</source>
        <translation>Map the columns of %1&apos;s export once (import one of its files) before watching its folder.</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be reached.</source>
        <translation>%1: the folder %2 cannot be reached.</translation>
    </message>
    <message>
        <source>%1: %2 was read but cannot be moved to %3; it will be read again (nothing is written twice).</source>
        <translation>%1: %2 was read but cannot be moved to %3; it will be read again (nothing is written twice).</translation>
    </message>
    <message>
        <source>%1: %2 refused: %3</source>
        <translation>%1: %2 refused: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imported, %n order(s) and status(es) written.</source>
        <translation>
            <numerusform>%1: %2 imported, %n order and status(es) written.</numerusform>
            <numerusform>%1: %2 imported, %n orders and status(es) written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2 &quot;%3&quot;: %4</source>
        <translation>line %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported (the others were):</source>
        <translation>
            <numerusform>%n row not imported (the others were):</numerusform>
            <numerusform>%n rows not imported (the others were):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imported, %n order(s) and status(es) written; the rows not imported are named in %3.txt</source>
        <translation>
            <numerusform>%1: %2 imported, %n order and status(es) written; the rows not imported are named in %3.txt</numerusform>
            <numerusform>%1: %2 imported, %n orders and status(es) written; the rows not imported are named in %3.txt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Order %1 changed since the preview; read the file again.</source>
        <translation>Order %1 changed since the preview; read the file again.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>New orders: %1</source>
        <translation>New orders: %1</translation>
    </message>
    <message>
        <source>New status at the channel: %1</source>
        <translation>New status at the channel: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Problems (their rows are not imported): %1</source>
        <translation>Problems (their rows are not imported): %1</translation>
    </message>
    <message>
        <source>%1: say which channel&apos;s columns to read it with.</source>
        <translation>%1: say which channel&apos;s columns to read it with.</translation>
    </message>
    <message>
        <source>Name the channel the orders come from.</source>
        <translation>Name the channel the orders come from.</translation>
    </message>
    <message>
        <source>%1&apos;s exports are read as they come; they need no columns.</source>
        <translation>%1&apos;s exports are read as they come; they need no columns.</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>Choose the column that holds &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>New since the list last looked</source>
        <translation>New since the list last looked</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Consignee</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>At the channel</source>
        <translation>At the channel</translation>
    </message>
</context>
<context>
    <name>OrderRecordCheck</name>
    <message>
        <source>Order %1 (audit record %2) is gone: someone removed it behind the program&apos;s back.</source>
        <translation>Order %1 (audit record %2) is gone: someone removed it behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>Order %1 at %2 differs from its audit record %3 in %4: someone changed it behind the program&apos;s back.</source>
        <translation>Order %1 at %2 differs from its audit record %3 in %4: someone changed it behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>Order %1 has no audit record: it was added behind the program&apos;s back.</source>
        <translation>Order %1 has no audit record: it was added behind the program&apos;s back.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more order problem(s).</source>
        <translation>
            <numerusform>... and %n more order problem.</numerusform>
            <numerusform>... and %n more order problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders as recorded: %n order(s), each as its audit record says</source>
        <translation>
            <numerusform>Orders as recorded: %n order, each as its audit record says</numerusform>
            <numerusform>Orders as recorded: %n orders, each as its audit record says</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderRules</name>
    <message>
        <source>An order needs its channel and its order number.</source>
        <translation>An order needs its channel and its order number.</translation>
    </message>
    <message>
        <source>An order needs its currency (CNY, USD ...).</source>
        <translation>An order needs its currency (CNY, USD ...).</translation>
    </message>
    <message>
        <source>An order needs the time it was created.</source>
        <translation>An order needs the time it was created.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>An order needs at least one line.</translation>
    </message>
    <message>
        <source>A line&apos;s quantity must be more than zero and its price and discount not negative.</source>
        <translation>A line&apos;s quantity must be more than zero and its price and discount not negative.</translation>
    </message>
    <message>
        <source>The shipping and the discount cannot be negative.</source>
        <translation>The shipping and the discount cannot be negative.</translation>
    </message>
    <message>
        <source>The lines add up to %1, not the %2 the order says.</source>
        <translation>The lines add up to %1, not the %2 the order says.</translation>
    </message>
    <message>
        <source>The total %1 is not the goods %2 and shipping %3 less the discount %4.</source>
        <translation>The total %1 is not the goods %2 and shipping %3 less the discount %4.</translation>
    </message>
    <message>
        <source>%1 cannot follow &quot;%2&quot;.</source>
        <translation>%1 cannot follow &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Accepted, to contact</source>
        <translation>Accepted, to contact</translation>
    </message>
    <message>
        <source>Contacted, to confirm</source>
        <translation>Contacted, to confirm</translation>
    </message>
    <message>
        <source>Confirmed, to hand over</source>
        <translation>Confirmed, to hand over</translation>
    </message>
    <message>
        <source>With operations</source>
        <translation>With operations</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>There is no such department; another PC may have changed the list. Refresh.</source>
        <translation>There is no such department; another PC may have changed the list. Refresh.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>A department needs a name.</translation>
    </message>
    <message>
        <source>A department&apos;s name has at most %1 characters.</source>
        <translation>A department&apos;s name has at most %1 characters.</translation>
    </message>
    <message>
        <source>There is a department named %1 already.</source>
        <translation>There is a department named %1 already.</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>There is no such employee.</translation>
    </message>
    <message>
        <source>%1 is not on the staff (has left, or has not yet joined) and cannot head a department.</source>
        <translation>%1 is not on the staff (has left, or has not yet joined) and cannot head a department.</translation>
    </message>
</context>
<context>
    <name>PackingSlips</name>
    <message>
        <source>To: %1  %2</source>
        <translation>To: %1  %2</translation>
    </message>
    <message>
        <source>Order %1 at %2, %3</source>
        <translation>Order %1 at %2, %3</translation>
    </message>
    <message>
        <source>Shipping remarks: %1</source>
        <translation>Shipping remarks: %1</translation>
    </message>
    <message>
        <source>Packed by: ____________    Checked by: ____________</source>
        <translation>Packed by: ____________    Checked by: ____________</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) in the box</source>
        <translation>
            <numerusform>%n piece in the box</numerusform>
            <numerusform>%n pieces in the box</numerusform>
        </translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Packing slip</translation>
    </message>
    <message>
        <source>Choose at least one order for its packing slip.</source>
        <translation>Choose at least one order for its packing slip.</translation>
    </message>
    <message>
        <source>No packing slip for order %1: %2</source>
        <translation>No packing slip for order %1: %2</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not start with a digit.</source>
        <translation>The password must not start with a digit.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>The password must contain both letters and digits.</translation>
    </message>
    <message numerus="yes">
        <source>The password must differ from your last %n passwords.</source>
        <translation>
            <numerusform>The password must differ from your last password.</numerusform>
            <numerusform>The password must differ from your last %n passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentVoucher</name>
    <message>
        <source>Waiting for signatures</source>
        <translation>Waiting for signatures</translation>
    </message>
    <message>
        <source>Signed, to pay</source>
        <translation>Signed, to pay</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>PaymentVouchers</name>
    <message>
        <source>The payment voucher of this approval no longer exists.</source>
        <translation>The payment voucher of this approval no longer exists.</translation>
    </message>
    <message>
        <source>%1 was decided meanwhile.</source>
        <translation>%1 was decided meanwhile.</translation>
    </message>
    <message>
        <source>Pay %1 to %2: %3</source>
        <translation>Pay %1 to %2: %3</translation>
    </message>
    <message>
        <source>A payment voucher is for an amount above zero.</source>
        <translation>A payment voucher is for an amount above zero.</translation>
    </message>
    <message>
        <source>A payment voucher names whom to pay.</source>
        <translation>A payment voucher names whom to pay.</translation>
    </message>
    <message>
        <source>%1 was already issued for this.</source>
        <translation>%1 was already issued for this.</translation>
    </message>
    <message>
        <source>Give the payment&apos;s reference (bank slip or cash journal line).</source>
        <translation>Give the payment&apos;s reference (bank slip or cash journal line).</translation>
    </message>
    <message>
        <source>The payment voucher no longer exists.</source>
        <translation>The payment voucher no longer exists.</translation>
    </message>
    <message>
        <source>%1 is %2: only a signed voucher is paid.</source>
        <translation>%1 is %2: only a signed voucher is paid.</translation>
    </message>
    <message>
        <source>%1 was paid from another PC meanwhile.</source>
        <translation>%1 was paid from another PC meanwhile.</translation>
    </message>
    <message>
        <source>Payment voucher %1: %2 to %3</source>
        <translation>Payment voucher %1: %2 to %3</translation>
    </message>
</context>
<context>
    <name>PayrollExport</name>
    <message>
        <source>Unpaid days</source>
        <translation>Unpaid days</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Adjustment for an earlier month</source>
        <translation>Adjustment for an earlier month</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Payroll lines %1</source>
        <translation>Payroll lines %1</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Days or hours</source>
        <translation>Days or hours</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Overtime at %1% (hours)</source>
        <translation>Overtime at %1% (hours)</translation>
    </message>
</context>
<context>
    <name>PcKey</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>This PC&apos;s key %1 is damaged.</source>
        <translation>This PC&apos;s key %1 is damaged.</translation>
    </message>
    <message>
        <source>Cannot read this PC&apos;s key %1: %2</source>
        <translation>Cannot read this PC&apos;s key %1: %2</translation>
    </message>
    <message>
        <source>Cannot keep this PC&apos;s key in %1: %2</source>
        <translation>Cannot keep this PC&apos;s key in %1: %2</translation>
    </message>
    <message>
        <source>The sealed secret is damaged.</source>
        <translation>The sealed secret is damaged.</translation>
    </message>
    <message>
        <source>The secret was sealed for another PC, or changed since.</source>
        <translation>The secret was sealed for another PC, or changed since.</translation>
    </message>
    <message>
        <source>This PC has no folder of its own for its key.</source>
        <translation>This PC has no folder of its own for its key.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for this PC&apos;s key.</source>
        <translation>Cannot make the folder %1 for this PC&apos;s key.</translation>
    </message>
    <message>
        <source>This PC&apos;s key %1 is being made by another program; try again.</source>
        <translation>This PC&apos;s key %1 is being made by another program; try again.</translation>
    </message>
</context>
<context>
    <name>PeopleModule</name>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
</context>
<context>
    <name>PermissionChange</name>
    <message>
        <source>The user of this request no longer exists.</source>
        <translation>The user of this request no longer exists.</translation>
    </message>
    <message>
        <source>Permissions of %1</source>
        <translation>Permissions of %1</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>work areas</source>
        <translation>work areas</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Database administrator</source>
        <translation>Database administrator</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>General manager</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>Senior manager</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Human resources</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Chief accountant</translation>
    </message>
    <message>
        <source>Cash accountant</source>
        <translation>Cash accountant</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>Site manager</translation>
    </message>
    <message>
        <source>Product manager</source>
        <translation>Product manager</translation>
    </message>
    <message>
        <source>Web editor</source>
        <translation>Web editor</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Service supervisor</source>
        <translation>Service supervisor</translation>
    </message>
    <message>
        <source>People and attendance</source>
        <translation>People and attendance</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Office supplies</translation>
    </message>
    <message>
        <source>Contract archive</source>
        <translation>Contract archive</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>You do not have permission for this (%1). Ask a database administrator.</source>
        <translation>You do not have permission for this (%1). Ask a database administrator.</translation>
    </message>
    <message>
        <source>Record phone approvals</source>
        <translation>Record phone approvals</translation>
    </message>
    <message>
        <source>One person cannot be both the cash accountant and the chief accountant: cash and books are kept by different people (FIN-02).</source>
        <translation>One person cannot be both the cash accountant and the chief accountant: cash and books are kept by different people (FIN-02).</translation>
    </message>
</context>
<context>
    <name>PriceChanges</name>
    <message>
        <source>%1 %2: %3 to %4. Competitors: %5 (lowest %6, average %7, highest %8). %9</source>
        <translation>%1 %2: %3 to %4. Competitors: %5 (lowest %6, average %7, highest %8). %9</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>The product no longer exists.</translation>
    </message>
    <message>
        <source>Price of %1: %2 to %3</source>
        <translation>Price of %1: %2 to %3</translation>
    </message>
    <message>
        <source>The price change no longer exists.</source>
        <translation>The price change no longer exists.</translation>
    </message>
    <message>
        <source>The price change of %1 is %2: only an approved change is published (PRD-01).</source>
        <translation>The price change of %1 is %2: only an approved change is published (PRD-01).</translation>
    </message>
    <message>
        <source>The price of %1 was published from another PC meanwhile.</source>
        <translation>The price of %1 was published from another PC meanwhile.</translation>
    </message>
    <message>
        <source>%1 has a price change on its way already (asked by %2, %3).</source>
        <translation>%1 has a price change on its way already (asked by %2, %3).</translation>
    </message>
    <message>
        <source>The price of %1 is %2 now, not the %3 the leader approved the change from: ask for a new price change.</source>
        <translation>The price of %1 is %2 now, not the %3 the leader approved the change from: ask for a new price change.</translation>
    </message>
</context>
<context>
    <name>PriceRules</name>
    <message>
        <source>Give the new price.</source>
        <translation>Give the new price.</translation>
    </message>
    <message>
        <source>The new price is the price it has now.</source>
        <translation>The new price is the price it has now.</translation>
    </message>
    <message>
        <source>Add at least one competitor&apos;s price: a new price is proposed after analysing the competitors (PRD-01).</source>
        <translation>Add at least one competitor&apos;s price: a new price is proposed after analysing the competitors (PRD-01).</translation>
    </message>
    <message>
        <source>Give every competitor&apos;s shop and price.</source>
        <translation>Give every competitor&apos;s shop and price.</translation>
    </message>
    <message>
        <source>Say why the price should change.</source>
        <translation>Say why the price should change.</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>The product no longer exists.</translation>
    </message>
    <message>
        <source>No product has the SKU code or barcode &quot;%1&quot;.</source>
        <translation>No product has the SKU code or barcode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The SKU code %1 is already used by %2.</source>
        <translation>The SKU code %1 is already used by %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is already on %2 (%3).</source>
        <translation>The barcode %1 is already on %2 (%3).</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile; reload it and make the change again.</source>
        <translation>Someone else changed %1 meanwhile; reload it and make the change again.</translation>
    </message>
    <message>
        <source>A SKU code is never changed (%1): add a new product instead.</source>
        <translation>A SKU code is never changed (%1): add a new product instead.</translation>
    </message>
</context>
<context>
    <name>ProductImages</name>
    <message>
        <source>%1 is not a picture the web pages show (PNG, JPEG, GIF or WebP).</source>
        <translation>%1 is not a picture the web pages show (PNG, JPEG, GIF or WebP).</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>The product no longer exists.</translation>
    </message>
    <message>
        <source>The picture was removed meanwhile.</source>
        <translation>The picture was removed meanwhile.</translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>required for a new product</source>
        <translation>required for a new product</translation>
    </message>
    <message>
        <source>already on %1 in the catalogue</source>
        <translation>already on %1 in the catalogue</translation>
    </message>
    <message>
        <source>the shop&apos;s price is %1; a price changes only through an approved price change (PRD-01)</source>
        <translation>the shop&apos;s price is %1; a price changes only through an approved price change (PRD-01)</translation>
    </message>
    <message>
        <source>%1 (%2) was added by someone else since the preview; read the file again.</source>
        <translation>%1 (%2) was added by someone else since the preview; read the file again.</translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since the preview; read the file again.</source>
        <translation>%1 (%2) was changed by someone else since the preview; read the file again.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Problems (their rows are not imported): %1</source>
        <translation>Problems (their rows are not imported): %1</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Product labels</source>
        <translation>Product labels</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Price: %1</translation>
    </message>
    <message>
        <source>SKU: %1</source>
        <translation>SKU: %1</translation>
    </message>
    <message>
        <source>Copies per product must be between 1 and %1, not %2.</source>
        <translation>Copies per product must be between 1 and %1, not %2.</translation>
    </message>
    <message>
        <source>There are no products to print labels for.</source>
        <translation>There are no products to print labels for.</translation>
    </message>
    <message>
        <source>No label for %1: %2</source>
        <translation>No label for %1: %2</translation>
    </message>
</context>
<context>
    <name>ProductListRows</name>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>barcode</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>no header row names the SKU code and the title (编码 and 标题)</source>
        <translation>no header row names the SKU code and the title (编码 and 标题)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>appears twice in the file (first on line %1)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>not an amount in yuan of 0 or more</source>
        <translation>not an amount in yuan of 0 or more</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
</context>
<context>
    <name>ProductMovementKind</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Customer return</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
</context>
<context>
    <name>ProductRequestState</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved, to publish</source>
        <translation>Approved, to publish</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>The barcode &quot;%1&quot; has a character a barcode cannot carry: use digits, letters and signs only.</source>
        <translation>The barcode &quot;%1&quot; has a character a barcode cannot carry: use digits, letters and signs only.</translation>
    </message>
    <message>
        <source>The barcode has %1 characters; at most 32 fit a label.</source>
        <translation>The barcode has %1 characters; at most 32 fit a label.</translation>
    </message>
    <message>
        <source>The EAN barcode %1 ends in %2, but its check digit is %3: a digit was mistyped.</source>
        <translation>The EAN barcode %1 ends in %2, but its check digit is %3: a digit was mistyped.</translation>
    </message>
    <message>
        <source>Give the product&apos;s SKU code and title.</source>
        <translation>Give the product&apos;s SKU code and title.</translation>
    </message>
    <message>
        <source>Choose the product&apos;s category.</source>
        <translation>Choose the product&apos;s category.</translation>
    </message>
    <message>
        <source>The cost and the price cannot be negative.</source>
        <translation>The cost and the price cannot be negative.</translation>
    </message>
    <message>
        <source>The low stock mark cannot be negative.</source>
        <translation>The low stock mark cannot be negative.</translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Off sale</source>
        <translation>Off sale</translation>
    </message>
</context>
<context>
    <name>ProductStock</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>The product no longer exists.</translation>
    </message>
    <message>
        <source>The stock of %1 changed meanwhile: %2 on hand now. Check the quantity and book again.</source>
        <translation>The stock of %1 changed meanwhile: %2 on hand now. Check the quantity and book again.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Normal delisting: stock reached zero (PRD-02)</source>
        <translation>Normal delisting: stock reached zero (PRD-02)</translation>
    </message>
</context>
<context>
    <name>ProductStockRules</name>
    <message>
        <source>Say why the stock moves.</source>
        <translation>Say why the stock moves.</translation>
    </message>
    <message>
        <source>An adjustment is the difference found: more or less than zero.</source>
        <translation>An adjustment is the difference found: more or less than zero.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>Only %1 on hand: %2 cannot leave the stock.</source>
        <translation>Only %1 on hand: %2 cannot leave the stock.</translation>
    </message>
</context>
<context>
    <name>PromotionKind</name>
    <message>
        <source>Percentage off</source>
        <translation>Percentage off</translation>
    </message>
    <message>
        <source>Promotion price</source>
        <translation>Promotion price</translation>
    </message>
    <message>
        <source>Buy N, pay for M</source>
        <translation>Buy N, pay for M</translation>
    </message>
</context>
<context>
    <name>PromotionRules</name>
    <message>
        <source>Give the promotion a title.</source>
        <translation>Give the promotion a title.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the promotion.</source>
        <translation>Give the first and the last day of the promotion.</translation>
    </message>
    <message>
        <source>The promotion ends before it starts.</source>
        <translation>The promotion ends before it starts.</translation>
    </message>
    <message>
        <source>The promotion&apos;s period is over already.</source>
        <translation>The promotion&apos;s period is over already.</translation>
    </message>
    <message>
        <source>Choose the products the promotion is for.</source>
        <translation>Choose the products the promotion is for.</translation>
    </message>
    <message>
        <source>A percentage off is from 1% to 90%.</source>
        <translation>A percentage off is from 1% to 90%.</translation>
    </message>
    <message>
        <source>Give the promotion price.</source>
        <translation>Give the promotion price.</translation>
    </message>
    <message>
        <source>The promotion price %1 is not under the price of every product (the lowest is %2).</source>
        <translation>The promotion price %1 is not under the price of every product (the lowest is %2).</translation>
    </message>
    <message>
        <source>&quot;Buy N, pay for M&quot; needs N of 2 or more and M from 1 to N - 1.</source>
        <translation>&quot;Buy N, pay for M&quot; needs N of 2 or more and M from 1 to N - 1.</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1% off</translation>
    </message>
    <message>
        <source>buy %1, pay for %2</source>
        <translation>buy %1, pay for %2</translation>
    </message>
</context>
<context>
    <name>PromotionStage</name>
    <message>
        <source>Proposed, to specify</source>
        <translation>Proposed, to specify</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved, to publish</source>
        <translation>Approved, to publish</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>Promotions</name>
    <message>
        <source>%1, %2 to %3: %4 on %5. %6</source>
        <translation>%1, %2 to %3: %4 on %5. %6</translation>
    </message>
    <message>
        <source>%1 is in the promotion &quot;%2&quot; from %3 to %4 already: one product, one promotion at a time (PRD-03).</source>
        <translation>%1 is in the promotion &quot;%2&quot; from %3 to %4 already: one product, one promotion at a time (PRD-03).</translation>
    </message>
    <message>
        <source>A product of the promotion no longer exists.</source>
        <translation>A product of the promotion no longer exists.</translation>
    </message>
    <message>
        <source>The promotion no longer exists.</source>
        <translation>The promotion no longer exists.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only a proposal is specified.</source>
        <translation>&quot;%1&quot; is %2: only a proposal is specified.</translation>
    </message>
    <message>
        <source>Someone else changed &quot;%1&quot; meanwhile; reload it and specify it again.</source>
        <translation>Someone else changed &quot;%1&quot; meanwhile; reload it and specify it again.</translation>
    </message>
    <message>
        <source>Promotion &quot;%1&quot;</source>
        <translation>Promotion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only an approved promotion is published (PRD-03).</source>
        <translation>&quot;%1&quot; is %2: only an approved promotion is published (PRD-03).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ended on %2: it is not published any more.</source>
        <translation>&quot;%1&quot; ended on %2: it is not published any more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was published or withdrawn from another PC meanwhile.</source>
        <translation>&quot;%1&quot; was published or withdrawn from another PC meanwhile.</translation>
    </message>
    <message>
        <source>Only the planner or the product manager withdraws a promotion.</source>
        <translation>Only the planner or the product manager withdraws a promotion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is waiting for the leader: its request is withdrawn in Requests.</source>
        <translation>&quot;%1&quot; is waiting for the leader: its request is withdrawn in Requests.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it cannot be withdrawn.</source>
        <translation>&quot;%1&quot; is %2: it cannot be withdrawn.</translation>
    </message>
</context>
<context>
    <name>PunchImport</name>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>New punches: %1</source>
        <translation>New punches: %1</translation>
    </message>
    <message>
        <source>Duplicates (less than 60 seconds apart, ATT-12): %1</source>
        <translation>Duplicates (less than 60 seconds apart, ATT-12): %1</translation>
    </message>
    <message>
        <source>Unknown people: %1, their %2 new punches kept as unmatched</source>
        <translation>Unknown people: %1, their %2 new punches kept as unmatched</translation>
    </message>
    <message>
        <source>Bad rows: %1</source>
        <translation>Bad rows: %1</translation>
    </message>
    <message>
        <source>In months HR confirmed (not imported): %1</source>
        <translation>In months HR confirmed (not imported): %1</translation>
    </message>
    <message>
        <source>Attendance for %1 was confirmed on another PC after the preview of %2. Nothing was imported; preview the file again.</source>
        <translation>Attendance for %1 was confirmed on another PC after the preview of %2. Nothing was imported; preview the file again.</translation>
    </message>
</context>
<context>
    <name>PurchaseDesk</name>
    <message>
        <source>The purchase request of this approval no longer exists.</source>
        <translation>The purchase request of this approval no longer exists.</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 for %2: %3</translation>
    </message>
    <message>
        <source>Say what the purchase is for.</source>
        <translation>Say what the purchase is for.</translation>
    </message>
    <message>
        <source>Purchase %1: %2 (%3)</source>
        <translation>Purchase %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Give the delivery date agreed with the supplier (today or later).</source>
        <translation>Give the delivery date agreed with the supplier (today or later).</translation>
    </message>
    <message>
        <source>The purchase request no longer exists.</source>
        <translation>The purchase request no longer exists.</translation>
    </message>
    <message>
        <source>%1 is %2: only an approved request becomes an order.</source>
        <translation>%1 is %2: only an approved request becomes an order.</translation>
    </message>
    <message>
        <source>%1 was ordered from another PC meanwhile.</source>
        <translation>%1 was ordered from another PC meanwhile.</translation>
    </message>
    <message>
        <source>The purchase order no longer exists.</source>
        <translation>The purchase order no longer exists.</translation>
    </message>
    <message>
        <source>%1 was received on another PC meanwhile; open the order again.</source>
        <translation>%1 was received on another PC meanwhile; open the order again.</translation>
    </message>
    <message>
        <source>Delivery from %1</source>
        <translation>Delivery from %1</translation>
    </message>
    <message>
        <source>%1 was decided meanwhile.</source>
        <translation>%1 was decided meanwhile.</translation>
    </message>
</context>
<context>
    <name>PurchaseRules</name>
    <message>
        <source>Add at least one item.</source>
        <translation>Add at least one item.</translation>
    </message>
    <message>
        <source>Choose the item of every line.</source>
        <translation>Choose the item of every line.</translation>
    </message>
    <message>
        <source>%1 is on two lines; put its quantity on one.</source>
        <translation>%1 is on two lines; put its quantity on one.</translation>
    </message>
    <message>
        <source>%1: enter a quantity between 1 and %2.</source>
        <translation>%1: enter a quantity between 1 and %2.</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation>%1: a price cannot be negative.</translation>
    </message>
    <message>
        <source>Record at least the quote of the supplier you order from.</source>
        <translation>Record at least the quote of the supplier you order from.</translation>
    </message>
    <message>
        <source>Choose the quote you order from.</source>
        <translation>Choose the quote you order from.</translation>
    </message>
    <message>
        <source>Every quote needs its supplier and an amount that is not negative.</source>
        <translation>Every quote needs its supplier and an amount that is not negative.</translation>
    </message>
    <message>
        <source>%1 is quoted twice.</source>
        <translation>%1 is quoted twice.</translation>
    </message>
    <message>
        <source>%1 is not the cheapest quote: give the reason for choosing it (SUP-03).</source>
        <translation>%1 is not the cheapest quote: give the reason for choosing it (SUP-03).</translation>
    </message>
    <message>
        <source>%1 has arrived whole and is closed; nothing more can be received on it.</source>
        <translation>%1 has arrived whole and is closed; nothing more can be received on it.</translation>
    </message>
    <message>
        <source>The delivery names a line that is not on %1.</source>
        <translation>The delivery names a line that is not on %1.</translation>
    </message>
    <message>
        <source>%1: a received quantity cannot be negative.</source>
        <translation>%1: a received quantity cannot be negative.</translation>
    </message>
    <message>
        <source>%1: %2 received, but only %3 are still outstanding on %4.</source>
        <translation>%1: %2 received, but only %3 are still outstanding on %4.</translation>
    </message>
    <message>
        <source>Enter the quantity that arrived.</source>
        <translation>Enter the quantity that arrived.</translation>
    </message>
    <message>
        <source>The agreed prices add up to %1, more than %2&apos;s quote of %3 (SUP-03).</source>
        <translation>The agreed prices add up to %1, more than %2&apos;s quote of %3 (SUP-03).</translation>
    </message>
</context>
<context>
    <name>Purchasing</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved, to order</source>
        <translation>Approved, to order</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The report has no table to write.</source>
        <translation>The report has no table to write.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
</context>
<context>
    <name>RequestsModule</name>
    <message>
        <source>Leave and overtime</source>
        <translation>Leave and overtime</translation>
    </message>
</context>
<context>
    <name>Requisition</name>
    <message>
        <source>Waiting for the custodian</source>
        <translation>Waiting for the custodian</translation>
    </message>
    <message>
        <source>Signed, to fill</source>
        <translation>Signed, to fill</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>To audit</source>
        <translation>To audit</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Queried</source>
        <translation>Queried</translation>
    </message>
</context>
<context>
    <name>RequisitionRules</name>
    <message>
        <source>A requisition has at least one item.</source>
        <translation>A requisition has at least one item.</translation>
    </message>
    <message>
        <source>%1 is on the requisition twice.</source>
        <translation>%1 is on the requisition twice.</translation>
    </message>
    <message>
        <source>%1: the quantity must be a whole number from 1 to %2.</source>
        <translation>%1: the quantity must be a whole number from 1 to %2.</translation>
    </message>
    <message>
        <source>%1 is %2: there is nothing to sign.</source>
        <translation>%1 is %2: there is nothing to sign.</translation>
    </message>
    <message>
        <source>%1 has no custodian: the supplies office names one first.</source>
        <translation>%1 has no custodian: the supplies office names one first.</translation>
    </message>
    <message>
        <source>Only the custodian of %1 signs its requisitions.</source>
        <translation>Only the custodian of %1 signs its requisitions.</translation>
    </message>
</context>
<context>
    <name>Requisitions</name>
    <message>
        <source>Choose an active user as the custodian.</source>
        <translation>Choose an active user as the custodian.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Choose the department.</translation>
    </message>
    <message>
        <source>Say what the supplies are for.</source>
        <translation>Say what the supplies are for.</translation>
    </message>
    <message>
        <source>The requisition no longer exists.</source>
        <translation>The requisition no longer exists.</translation>
    </message>
    <message>
        <source>%1 was signed from another PC meanwhile.</source>
        <translation>%1 was signed from another PC meanwhile.</translation>
    </message>
    <message>
        <source>%1 is %2: only a requisition signed by the custodian is filled.</source>
        <translation>%1 is %2: only a requisition signed by the custodian is filled.</translation>
    </message>
    <message>
        <source>None of the items on %1 is on hand.</source>
        <translation>None of the items on %1 is on hand.</translation>
    </message>
    <message>
        <source>%1 was filled from another PC meanwhile.</source>
        <translation>%1 was filled from another PC meanwhile.</translation>
    </message>
    <message>
        <source>%1 may not sign requisitions: give them the office supplies area at clerk level first.</source>
        <translation>%1 may not sign requisitions: give them the office supplies area at clerk level first.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>The database is open read-only: %1</translation>
    </message>
    <message>
        <source>Others are still working in this database: %1. Restore only when everyone else has closed ShopDesk.</source>
        <translation>Others are still working in this database: %1. Restore only when everyone else has closed ShopDesk.</translation>
    </message>
    <message>
        <source>Choose a backup file, not the database itself.</source>
        <translation>Choose a backup file, not the database itself.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the database.</source>
        <translation>The backup could not be copied beside the database.</translation>
    </message>
    <message>
        <source>The current database could not be saved first, so nothing was restored: %1</source>
        <translation>The current database could not be saved first, so nothing was restored: %1</translation>
    </message>
    <message>
        <source>A program on another PC is still writing (%1 exists). Nothing was restored; try again when everyone has closed ShopDesk.</source>
        <translation>A program on another PC is still writing (%1 exists). Nothing was restored; try again when everyone has closed ShopDesk.</translation>
    </message>
    <message>
        <source>The database file could not be replaced; it is unchanged. Is it open elsewhere?</source>
        <translation>The database file could not be replaced; it is unchanged. Is it open elsewhere?</translation>
    </message>
    <message>
        <source>The restore stopped half-way: copy %1 to %2 by hand. The state before the restore is saved as %3.</source>
        <translation>The restore stopped half-way: copy %1 to %2 by hand. The state before the restore is saved as %3.</translation>
    </message>
    <message>
        <source>The restored database failed its check: %1</source>
        <translation>The restored database failed its check: %1</translation>
    </message>
    <message>
        <source>A company on a server is not restored in its place: move the backup into a new, empty database (shopdeskctl --db BACKUP --user admin transfer --to postgresql://...) and connect to that one.</source>
        <translation>A company on a server is not restored in its place: move the backup into a new, empty database (shopdeskctl --db BACKUP --user admin transfer --to postgresql://...) and connect to that one.</translation>
    </message>
</context>
<context>
    <name>SalesReports</name>
    <message>
        <source>Sales by day</source>
        <translation>Sales by day</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Sales by channel</translation>
    </message>
    <message>
        <source>Sales by SKU</source>
        <translation>Sales by SKU</translation>
    </message>
    <message>
        <source>Orders of the period</source>
        <translation>Orders of the period</translation>
    </message>
    <message>
        <source>Give the first and the last day of the report&apos;s period.</source>
        <translation>Give the first and the last day of the report&apos;s period.</translation>
    </message>
    <message>
        <source>Orders created %1 to %2 (China&apos;s days)</source>
        <translation>Orders created %1 to %2 (China&apos;s days)</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(no SKU)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Average order</translation>
    </message>
    <message>
        <source>%1: sales %2.</source>
        <translation>%1: sales %2.</translation>
    </message>
    <message>
        <source>%1: %2 orders, sales %3, refunded %4, net %5.</source>
        <translation>%1: %2 orders, sales %3, refunded %4, net %5.</translation>
    </message>
    <message>
        <source>Each currency apart; cancelled orders add nothing to the sales.</source>
        <translation>Each currency apart; cancelled orders add nothing to the sales.</translation>
    </message>
    <message>
        <source>Prepared by (e-commerce assistant)</source>
        <translation>Prepared by (e-commerce assistant)</translation>
    </message>
    <message>
        <source>Checked by (department head)</source>
        <translation>Checked by (department head)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Consignee</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>At the channel</source>
        <translation>At the channel</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), the newest first.</source>
        <translation>
            <numerusform>%n order, the newest first.</numerusform>
            <numerusform>%n orders, the newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <source>Text recognition is not installed: Tesseract&apos;s Simplified Chinese and English data (chi_sim, eng) were not found.</source>
        <translation>Text recognition is not installed: Tesseract&apos;s Simplified Chinese and English data (chi_sim, eng) were not found.</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>The picture could not be read.</translation>
    </message>
    <message>
        <source>Tesseract recognised nothing on the picture.</source>
        <translation>Tesseract recognised nothing on the picture.</translation>
    </message>
    <message>
        <source>The file is neither a PDF nor a picture.</source>
        <translation>The file is neither a PDF nor a picture.</translation>
    </message>
    <message>
        <source>Reading was stopped.</source>
        <translation>Reading was stopped.</translation>
    </message>
    <message>
        <source>The PDF could not be read (damaged, or locked with a password).</source>
        <translation>The PDF could not be read (damaged, or locked with a password).</translation>
    </message>
    <message>
        <source>Reading was stopped at page %1 of %2.</source>
        <translation>Reading was stopped at page %1 of %2.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
</context>
<context>
    <name>SecurityIncident</name>
    <message>
        <source>Virus</source>
        <translation>Virus</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Say what happened.</translation>
    </message>
    <message>
        <source>Say when it happened.</source>
        <translation>Say when it happened.</translation>
    </message>
    <message>
        <source>A time of the incident is still to come.</source>
        <translation>A time of the incident is still to come.</translation>
    </message>
    <message>
        <source>It was reported to the partner company before it happened.</source>
        <translation>It was reported to the partner company before it happened.</translation>
    </message>
    <message>
        <source>Name who reported it to the partner company, and when (WEB-05).</source>
        <translation>Name who reported it to the partner company, and when (WEB-05).</translation>
    </message>
    <message>
        <source>It was resolved before it happened.</source>
        <translation>It was resolved before it happened.</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>Say how it was resolved.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Not reported to the partner</source>
        <translation>Not reported to the partner</translation>
    </message>
    <message>
        <source>Reported, open</source>
        <translation>Reported, open</translation>
    </message>
</context>
<context>
    <name>SecurityIncidents</name>
    <message>
        <source>The incident is no longer in the log.</source>
        <translation>The incident is no longer in the log.</translation>
    </message>
    <message>
        <source>Someone else changed this incident meanwhile; open it again.</source>
        <translation>Someone else changed this incident meanwhile; open it again.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Only %1 or a database administrator may set the password of %1 on the server: sign in to the server as yourself.</source>
        <translation>Only %1 or a database administrator may set the password of %1 on the server: sign in to the server as yourself.</translation>
    </message>
    <message>
        <source>Only a database administrator&apos;s own login makes %1 a database administrator on the server.</source>
        <translation>Only a database administrator&apos;s own login makes %1 a database administrator on the server.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Only a database administrator sets up the server&apos;s groups.</source>
        <translation>Only a database administrator sets up the server&apos;s groups.</translation>
    </message>
    <message>
        <source>Database roles are a server&apos;s: a company file has its users only.</source>
        <translation>Database roles are a server&apos;s: a company file has its users only.</translation>
    </message>
    <message>
        <source>The group %1 could not be made (the database&apos;s owner needs CREATEROLE): %2</source>
        <translation>The group %1 could not be made (the database&apos;s owner needs CREATEROLE): %2</translation>
    </message>
</context>
<context>
    <name>ServiceMonthReport</name>
    <message>
        <source>Customer service monthly report %1</source>
        <translation>Customer service monthly report %1</translation>
    </message>
    <message>
        <source>Per agent: orders contacted within 10 minutes of acceptance (ORD-02) and late, feedback recorded, complaints resolved, bad-customer flags proposed (CS-04).</source>
        <translation>Per agent: orders contacted within 10 minutes of acceptance (ORD-02) and late, feedback recorded, complaints resolved, bad-customer flags proposed (CS-04).</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Contacted in time</source>
        <translation>Contacted in time</translation>
    </message>
    <message>
        <source>Contacted late</source>
        <translation>Contacted late</translation>
    </message>
    <message>
        <source>In time %</source>
        <translation>In time %</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Complaints resolved</translation>
    </message>
    <message>
        <source>Flags proposed</source>
        <translation>Flags proposed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nobody contacted an order or recorded feedback this month.</source>
        <translation>Nobody contacted an order or recorded feedback this month.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Service supervisor</source>
        <translation>Service supervisor</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
</context>
<context>
    <name>ServiceRoster</name>
    <message>
        <source>Online chat</source>
        <translation>Online chat</translation>
    </message>
    <message>
        <source>400 hotline</source>
        <translation>400 hotline</translation>
    </message>
    <message>
        <source>Name the chat agents who answer on working days.</source>
        <translation>Name the chat agents who answer on working days.</translation>
    </message>
    <message>
        <source>Name the back-office staff who take the weekend rotation (CS-01).</source>
        <translation>Name the back-office staff who take the weekend rotation (CS-01).</translation>
    </message>
    <message>
        <source>Name the duty managers who hold the 400 hotline outside hours (CS-01).</source>
        <translation>Name the duty managers who hold the 400 hotline outside hours (CS-01).</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>A shift needs at least one segment, written like 08:00-11:00.</source>
        <translation>A shift needs at least one segment, written like 08:00-11:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a segment; write it like 08:00-11:00.</source>
        <translation>&quot;%1&quot; is not a segment; write it like 08:00-11:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>&quot;%1&quot; is not a time of day.</translation>
    </message>
    <message>
        <source>The segment %1 ends before it starts.</source>
        <translation>The segment %1 ends before it starts.</translation>
    </message>
    <message>
        <source>The segment %1 overlaps the one before it.</source>
        <translation>The segment %1 overlaps the one before it.</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Main duty</source>
        <translation>Main duty</translation>
    </message>
    <message>
        <source>Support duty</source>
        <translation>Support duty</translation>
    </message>
</context>
<context>
    <name>ShopModule</name>
    <message numerus="yes">
        <source>%n approved price or listing change(s) for the web editor to publish</source>
        <translation>
            <numerusform>%n approved price or listing change for the web editor to publish</numerusform>
            <numerusform>%n approved price or listing changes for the web editor to publish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) on sale at or under their low stock mark</source>
        <translation>
            <numerusform>%n product on sale at or under its low stock mark</numerusform>
            <numerusform>%n products on sale at or under their low stock mark</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message numerus="yes">
        <source>%n approved web publication(s) to publish</source>
        <translation>
            <numerusform>%n approved web publication to publish</numerusform>
            <numerusform>%n approved web publications to publish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web publication(s) past their 48 hours</source>
        <translation>
            <numerusform>%n web publication past their 48 hours</numerusform>
            <numerusform>%n web publications past their 48 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security incident(s) not yet reported to the partner company</source>
        <translation>
            <numerusform>%n security incident not yet reported to the partner company</numerusform>
            <numerusform>%n security incidents not yet reported to the partner company</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer service now: %1, %2 until %3</source>
        <translation>Customer service now: %1, %2 until %3</translation>
    </message>
</context>
<context>
    <name>ShopReports</name>
    <message>
        <source>Product stock and days of cover</source>
        <translation>Product stock and days of cover</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Price changes</translation>
    </message>
    <message>
        <source>Listing changes</source>
        <translation>Listing changes</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Product list</source>
        <translation>Product list</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Give the first and the last day of the report&apos;s period.</source>
        <translation>Give the first and the last day of the report&apos;s period.</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>There is no such report.</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Stock value</translation>
    </message>
    <message>
        <source>Sold, 30 days</source>
        <translation>Sold, 30 days</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Days of cover</translation>
    </message>
    <message numerus="yes">
        <source>Stock value at cost: %1 for %n SKU(s).</source>
        <translation>
            <numerusform>Stock value at cost: %1 for %n SKU.</numerusform>
            <numerusform>Stock value at cost: %1 for %n SKUs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At or under the low stock mark: %n SKU(s).</source>
        <translation>
            <numerusform>At or under the low stock mark: %n SKU.</numerusform>
            <numerusform>At or under the low stock mark: %n SKUs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days of cover: the stock on hand at the last 30 days&apos; sales less returns; &quot;-&quot;: nothing sold.</source>
        <translation>Days of cover: the stock on hand at the last 30 days&apos; sales less returns; &quot;-&quot;: nothing sold.</translation>
    </message>
    <message>
        <source>Prepared by (e-commerce assistant)</source>
        <translation>Prepared by (e-commerce assistant)</translation>
    </message>
    <message>
        <source>Checked by (department head)</source>
        <translation>Checked by (department head)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>Old price</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>New price</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>new product</translation>
    </message>
    <message>
        <source>Each new price was proposed by the product manager, approved by the leader and published by the web editor (PRD-01).</source>
        <translation>Each new price was proposed by the product manager, approved by the leader and published by the web editor (PRD-01).</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <source>Normal delisting</source>
        <translation>Normal delisting</translation>
    </message>
    <message>
        <source>Stock reached zero</source>
        <translation>Stock reached zero</translation>
    </message>
    <message>
        <source>Normal delistings at zero stock: %1; every other change went through the leader (PRD-02).</source>
        <translation>Normal delistings at zero stock: %1; every other change went through the leader (PRD-02).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Specified by</source>
        <translation>Specified by</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>Proposed by the planner, specified by the product manager, approved by the leader, published by the web editor (PRD-03).</source>
        <translation>Proposed by the planner, specified by the product manager, approved by the leader, published by the web editor (PRD-03).</translation>
    </message>
</context>
<context>
    <name>ShopRoles</name>
    <message>
        <source>Only the %1 may do this.</source>
        <translation>Only the %1 may do this.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The database was restored and checked. Sign in again.</source>
        <translation>The database was restored and checked. Sign in again.</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>The item no longer exists.</source>
        <translation>The item no longer exists.</translation>
    </message>
    <message>
        <source>The stock of %1 changed meanwhile: %2 %3 on hand now. Check the quantity and book again.</source>
        <translation>The stock of %1 changed meanwhile: %2 %3 on hand now. Check the quantity and book again.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stock is adjusted only by a stocktake that the office head approved.</source>
        <translation>Stock is adjusted only by a stocktake that the office head approved.</translation>
    </message>
</context>
<context>
    <name>StockMovement</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Issue to a department</source>
        <translation>Issue to a department</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Local purchase</source>
        <translation>Local purchase</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>Stocktake adjustment</translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <source>The counted quantity equals the booked one: there is nothing to adjust.</source>
        <translation>The counted quantity equals the booked one: there is nothing to adjust.</translation>
    </message>
    <message>
        <source>Enter a quantity above zero.</source>
        <translation>Enter a quantity above zero.</translation>
    </message>
    <message>
        <source>%1 is more than one movement may carry (%2).</source>
        <translation>%1 is more than one movement may carry (%2).</translation>
    </message>
    <message>
        <source>Give the reason for the movement.</source>
        <translation>Give the reason for the movement.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Choose the department.</translation>
    </message>
    <message>
        <source>Enter the unit price.</source>
        <translation>Enter the unit price.</translation>
    </message>
    <message>
        <source>A unit price is between ¥0.00 and %1.</source>
        <translation>A unit price is between ¥0.00 and %1.</translation>
    </message>
    <message>
        <source>None are on the shelf to value them by: enter the unit price.</source>
        <translation>None are on the shelf to value them by: enter the unit price.</translation>
    </message>
    <message>
        <source>Only %1 on hand; %2 cannot be issued.</source>
        <translation>Only %1 on hand; %2 cannot be issued.</translation>
    </message>
    <message>
        <source>Only %1 are booked; the count cannot be below zero.</source>
        <translation>Only %1 are booked; the count cannot be below zero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: use yuan with at most two decimals, such as 12.50, up to %2.</source>
        <translation>&quot;%1&quot; is not a price: use yuan with at most two decimals, such as 12.50, up to %2.</translation>
    </message>
    <message>
        <source>Give the number of the local purchase&apos;s receipt.</source>
        <translation>Give the number of the local purchase&apos;s receipt.</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Counting</source>
        <translation>Counting</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>StocktakeDesk</name>
    <message>
        <source>The stocktake of this approval no longer exists.</source>
        <translation>The stocktake of this approval no longer exists.</translation>
    </message>
    <message>
        <source>%1 was decided meanwhile.</source>
        <translation>%1 was decided meanwhile.</translation>
    </message>
    <message>
        <source>Stocktake: %1</source>
        <translation>Stocktake: %1</translation>
    </message>
    <message>
        <source>%1 cannot be booked: %2, %3</source>
        <translation>%1 cannot be booked: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) to book</source>
        <translation>
            <numerusform>%1: %n difference to book</numerusform>
            <numerusform>%1: %n differences to book</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no item in %1 to count.</source>
        <translation>There is no item in %1 to count.</translation>
    </message>
    <message>
        <source>The stocktake no longer exists.</source>
        <translation>The stocktake no longer exists.</translation>
    </message>
    <message>
        <source>%1 is %2: its counts can no longer change.</source>
        <translation>%1 is %2: its counts can no longer change.</translation>
    </message>
    <message>
        <source>That item is not on %1.</source>
        <translation>That item is not on %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1: %n difference(s)</source>
        <translation>
            <numerusform>Stocktake %1: %n difference</numerusform>
            <numerusform>Stocktake %1: %n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was sent from another PC meanwhile.</source>
        <translation>%1 was sent from another PC meanwhile.</translation>
    </message>
    <message>
        <source>Stocktake count sheet %1</source>
        <translation>Stocktake count sheet %1</translation>
    </message>
    <message>
        <source>%1, booked quantities as of %2</source>
        <translation>%1, booked quantities as of %2</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) counted; state: %2.</source>
        <translation>
            <numerusform>%1 of %n line counted; state: %2.</numerusform>
            <numerusform>%1 of %n lines counted; state: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Office head</source>
        <translation>Office head</translation>
    </message>
    <message>
        <source>%1 (%2) is still open over the same items; finish it first.</source>
        <translation>%1 (%2) is still open over the same items; finish it first.</translation>
    </message>
</context>
<context>
    <name>StocktakeRules</name>
    <message>
        <source>%1 is %2; only a stocktake being counted goes for approval.</source>
        <translation>%1 is %2; only a stocktake being counted goes for approval.</translation>
    </message>
    <message>
        <source>%1 (%2) is not counted yet.</source>
        <translation>%1 (%2) is not counted yet.</translation>
    </message>
    <message>
        <source>%1: %2 counted against %3 booked; give the reason for the difference.</source>
        <translation>%1: %2 counted against %3 booked; give the reason for the difference.</translation>
    </message>
    <message>
        <source>A counted quantity is between 0 and %1.</source>
        <translation>A counted quantity is between 0 and %1.</translation>
    </message>
</context>
<context>
    <name>SupplierInvoice</name>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Difference waiting for approval</source>
        <translation>Difference waiting for approval</translation>
    </message>
    <message>
        <source>Difference approved</source>
        <translation>Difference approved</translation>
    </message>
    <message>
        <source>Difference rejected</source>
        <translation>Difference rejected</translation>
    </message>
</context>
<context>
    <name>SuppliesDemo</name>
    <message>
        <source>The demo company has no departments.</source>
        <translation>The demo company has no departments.</translation>
    </message>
</context>
<context>
    <name>SuppliesModule</name>
    <message numerus="yes">
        <source>%n supply item(s) at or under the reorder point</source>
        <translation>
            <numerusform>%n supply item at or under the reorder point</numerusform>
            <numerusform>%n supply items at or under the reorder point</numerusform>
        </translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Office supplies</translation>
    </message>
</context>
<context>
    <name>SuppliesReports</name>
    <message>
        <source>Office supplies on hand</source>
        <translation>Office supplies on hand</translation>
    </message>
    <message>
        <source>Office supplies used by department</source>
        <translation>Office supplies used by department</translation>
    </message>
    <message>
        <source>Open purchase orders</source>
        <translation>Open purchase orders</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>There is no such report.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Average cost</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), worth %1 at moving average cost (SUP-07).</source>
        <translation>
            <numerusform>%n item, worth %1 at moving average cost (SUP-07).</numerusform>
            <numerusform>%n items, worth %1 at moving average cost (SUP-07).</numerusform>
        </translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Office head</source>
        <translation>Office head</translation>
    </message>
    <message>
        <source>%1 to %2, at the value the supplies left the shelf (SUP-06)</source>
        <translation>%1 to %2, at the value the supplies left the shelf (SUP-06)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Issues less returns, local purchases included, in yuan.</source>
        <translation>Issues less returns, local purchases included, in yuan.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s), %1 overdue.</source>
        <translation>
            <numerusform>%n open order, %1 overdue.</numerusform>
            <numerusform>%n open orders, %1 overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplier invoices with a difference</source>
        <translation>Supplier invoices with a difference</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>What does not match</source>
        <translation>What does not match</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) for %1 wait for the supervisor and the department manager (SUP-04).</source>
        <translation>
            <numerusform>%n invoice for %1 waits for the supervisor and the department manager (SUP-04).</numerusform>
            <numerusform>%n invoices for %1 wait for the supervisor and the department manager (SUP-04).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplyCatalogue</name>
    <message>
        <source>The item no longer exists.</source>
        <translation>The item no longer exists.</translation>
    </message>
    <message>
        <source>No item has the code &quot;%1&quot;.</source>
        <translation>No item has the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the item&apos;s code, name and unit.</source>
        <translation>Give the item&apos;s code, name and unit.</translation>
    </message>
    <message>
        <source>Choose the item&apos;s category.</source>
        <translation>Choose the item&apos;s category.</translation>
    </message>
    <message>
        <source>The reorder point and the lead time cannot be negative.</source>
        <translation>The reorder point and the lead time cannot be negative.</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>The code %1 is already used by %2.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile; reload it and make the change again.</source>
        <translation>Someone else changed %1 meanwhile; reload it and make the change again.</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s name.</source>
        <translation>Give the supplier&apos;s name.</translation>
    </message>
    <message>
        <source>There is already a supplier named %1.</source>
        <translation>There is already a supplier named %1.</translation>
    </message>
    <message>
        <source>The supplier no longer exists.</source>
        <translation>The supplier no longer exists.</translation>
    </message>
</context>
<context>
    <name>SupplyImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Problems (their rows are not imported): %1</source>
        <translation>Problems (their rows are not imported): %1</translation>
    </message>
    <message>
        <source>preferred supplier</source>
        <translation>preferred supplier</translation>
    </message>
    <message>
        <source>no supplier of this name; import the supplier list first</source>
        <translation>no supplier of this name; import the supplier list first</translation>
    </message>
    <message>
        <source>%1 (%2) was added by someone else since the preview; read the file again.</source>
        <translation>%1 (%2) was added by someone else since the preview; read the file again.</translation>
    </message>
    <message>
        <source>%1 (%2) was changed by someone else since the preview; read the file again.</source>
        <translation>%1 (%2) was changed by someone else since the preview; read the file again.</translation>
    </message>
    <message>
        <source>%1 was added by someone else since the preview; read the file again.</source>
        <translation>%1 was added by someone else since the preview; read the file again.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since the preview; read the file again.</source>
        <translation>%1 was changed by someone else since the preview; read the file again.</translation>
    </message>
</context>
<context>
    <name>SupplyListRows</name>
    <message>
        <source>no header row names the code and the name (编码 and 名称)</source>
        <translation>no header row names the code and the name (编码 and 名称)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>appears twice in the file (first on line %1)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>required: items are kept by category (SUP-08)</source>
        <translation>required: items are kept by category (SUP-08)</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>reorder point</source>
        <translation>reorder point</translation>
    </message>
    <message>
        <source>not a whole number from 0 to 1,000,000</source>
        <translation>not a whole number from 0 to 1,000,000</translation>
    </message>
    <message>
        <source>lead time days</source>
        <translation>lead time days</translation>
    </message>
    <message>
        <source>not a whole number of days from 0 to 365</source>
        <translation>not a whole number of days from 0 to 365</translation>
    </message>
    <message>
        <source>no header row names the supplier (名称 or 供应商)</source>
        <translation>no header row names the supplier (名称 or 供应商)</translation>
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
        <translation>Comp time off</translation>
    </message>
    <message>
        <source>Out of office %1</source>
        <translation>Out of office %1</translation>
    </message>
    <message>
        <source>Overtime %1</source>
        <translation>Overtime %1</translation>
    </message>
    <message>
        <source>Rest-day overtime</source>
        <translation>Rest-day overtime</translation>
    </message>
    <message>
        <source> (filed late, LEAVE-01)</source>
        <translation> (filed late, LEAVE-01)</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, at %1</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>There is no such employee.</translation>
    </message>
    <message>
        <source>An extension extends an approved leave of the same person.</source>
        <translation>An extension extends an approved leave of the same person.</translation>
    </message>
    <message>
        <source>The leave ended on %1: an extension must be asked for before it ends (LEAVE-04).</source>
        <translation>The leave ended on %1: an extension must be asked for before it ends (LEAVE-04).</translation>
    </message>
    <message>
        <source>An extension starts where the leave ends (%1).</source>
        <translation>An extension starts where the leave ends (%1).</translation>
    </message>
    <message>
        <source>This leave overlaps request %1 (%2 – %3).</source>
        <translation>This leave overlaps request %1 (%2 – %3).</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Extension: %1 for %2, %3, %4</source>
        <translation>Extension: %1 for %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 for %2, %3, %4</source>
        <translation>%1 for %2, %3, %4</translation>
    </message>
    <message>
        <source>The time out of the office must end after it starts.</source>
        <translation>The time out of the office must end after it starts.</translation>
    </message>
    <message>
        <source>Say where and why (ATT-07).</source>
        <translation>Say where and why (ATT-07).</translation>
    </message>
    <message>
        <source>Out of office: %1, %2, %3</source>
        <translation>Out of office: %1, %2, %3</translation>
    </message>
    <message>
        <source>Overtime is filed for a time range within one day.</source>
        <translation>Overtime is filed for a time range within one day.</translation>
    </message>
    <message>
        <source>Say what the overtime was for (OT-01).</source>
        <translation>Say what the overtime was for (OT-01).</translation>
    </message>
    <message>
        <source>Overtime: %1, %2, %3 h (%4)</source>
        <translation>Overtime: %1, %2, %3 h (%4)</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Out of office</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
</context>
<context>
    <name>TravellerRows</name>
    <message>
        <source>no header row names the traveller (姓名)</source>
        <translation>no header row names the traveller (姓名)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>not a phone number</translation>
    </message>
    <message>
        <source>appears twice in the file (first on line %1)</source>
        <translation>appears twice in the file (first on line %1)</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>The user no longer exists.</translation>
    </message>
    <message>
        <source>%1 saved this user at %2.</source>
        <translation>%1 saved this user at %2.</translation>
    </message>
    <message>
        <source>%1 is the last active database administrator; make someone else one first.</source>
        <translation>%1 is the last active database administrator; make someone else one first.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>The user name &quot;%1&quot; is not valid: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>Someone else changed this user after you opened it. %1 Reload and make your change again.</source>
        <translation>Someone else changed this user after you opened it. %1 Reload and make your change again.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Someone else changed this user at the same moment; try again.</source>
        <translation>Someone else changed this user at the same moment; try again.</translation>
    </message>
    <message>
        <source>A handover needs who worked under the name, why, and the department head who agreed.</source>
        <translation>A handover needs who worked under the name, why, and the department head who agreed.</translation>
    </message>
</context>
<context>
    <name>VaultCipher</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>The secret does not open with the vault key: it was changed in the file.</source>
        <translation>The secret does not open with the vault key: it was changed in the file.</translation>
    </message>
    <message numerus="yes">
        <source>A vault passphrase has at least %n character(s).</source>
        <translation>
            <numerusform>A vault passphrase has at least %n character.</numerusform>
            <numerusform>A vault passphrase has at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to protect the vault passphrase.</source>
        <translation>Not enough memory to protect the vault passphrase.</translation>
    </message>
    <message>
        <source>Not enough memory to check the vault passphrase.</source>
        <translation>Not enough memory to check the vault passphrase.</translation>
    </message>
    <message>
        <source>That is not your vault passphrase.</source>
        <translation>That is not your vault passphrase.</translation>
    </message>
    <message>
        <source>Your copy of the vault key is not whole.</source>
        <translation>Your copy of the vault key is not whole.</translation>
    </message>
    <message>
        <source>Your copy of the vault key does not open with your key: it was changed in the file.</source>
        <translation>Your copy of the vault key does not open with your key: it was changed in the file.</translation>
    </message>
</context>
<context>
    <name>VaultEntry</name>
    <message>
        <source>Site back office</source>
        <translation>Site back office</translation>
    </message>
    <message>
        <source>Community back office</source>
        <translation>Community back office</translation>
    </message>
    <message>
        <source>Payment account</source>
        <translation>Payment account</translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation>Online banking</translation>
    </message>
    <message>
        <source>Domain registration</source>
        <translation>Domain registration</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <source>Company mail</source>
        <translation>Company mail</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Choose what kind of account it is.</source>
        <translation>Choose what kind of account it is.</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>Name the account.</translation>
    </message>
    <message>
        <source>Name at least one keeper of the account.</source>
        <translation>Name at least one keeper of the account.</translation>
    </message>
</context>
<context>
    <name>WebFileLimits</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a picture for the web pages has at most %3 bytes (500 KB, WEB-04). Make it smaller and add it again.</source>
        <translation>%1 has %2 bytes; a picture for the web pages has at most %3 bytes (500 KB, WEB-04). Make it smaller and add it again.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a video for the web pages has at most %3 bytes (30 MB, WEB-04).</source>
        <translation>%1 has %2 bytes; a video for the web pages has at most %3 bytes (30 MB, WEB-04).</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a document for the web pages has at most %3 bytes (1 MB, WEB-04).</source>
        <translation>%1 has %2 bytes; a document for the web pages has at most %3 bytes (1 MB, WEB-04).</translation>
    </message>
</context>
<context>
    <name>WebPublication</name>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Product information</source>
        <translation>Product information</translation>
    </message>
    <message>
        <source>Yearly home page review</source>
        <translation>Yearly home page review</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved, to publish</source>
        <translation>Approved, to publish</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Give the publication a title.</source>
        <translation>Give the publication a title.</translation>
    </message>
    <message>
        <source>Write what is to be published, or attach it.</source>
        <translation>Write what is to be published, or attach it.</translation>
    </message>
    <message>
        <source>%1 is attached twice.</source>
        <translation>%1 is attached twice.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>WebPublishing</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Confidential or copyrighted material (WEB-03).</source>
        <translation>Confidential or copyrighted material (WEB-03).</translation>
    </message>
    <message>
        <source>Files: %1.</source>
        <translation>Files: %1.</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes)</source>
        <translation>%1 (%L2 bytes)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The publication no longer exists.</source>
        <translation>The publication no longer exists.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only an approved publication is published.</source>
        <translation>&quot;%1&quot; is %2: only an approved publication is published.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was published from another PC meanwhile.</source>
        <translation>&quot;%1&quot; was published from another PC meanwhile.</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>The file no longer exists.</translation>
    </message>
</context>
<context>
    <name>WebShopOrders</name>
    <message>
        <source>not an amount of 0 or more</source>
        <translation>not an amount of 0 or more</translation>
    </message>
    <message>
        <source>not a whole number from 1 to 1,000,000</source>
        <translation>not a whole number from 1 to 1,000,000</translation>
    </message>
    <message>
        <source>not a date and time such as 2026-10-12T10:00:00</source>
        <translation>not a date and time such as 2026-10-12T10:00:00</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not a currency code such as CNY</source>
        <translation>not a currency code such as CNY</translation>
    </message>
    <message>
        <source>no line items</source>
        <translation>no line items</translation>
    </message>
    <message>
        <source>more than the line&apos;s subtotal</source>
        <translation>more than the line&apos;s subtotal</translation>
    </message>
    <message>
        <source>less than its line items (%1)</source>
        <translation>less than its line items (%1)</translation>
    </message>
    <message>
        <source>less than its line items (%1) after the discount</source>
        <translation>less than its line items (%1) after the discount</translation>
    </message>
    <message>
        <source>%1 is not a web address such as https://shop.example.com.</source>
        <translation>%1 is not a web address such as https://shop.example.com.</translation>
    </message>
    <message>
        <source>%1 must begin with https://: the key goes with every request.</source>
        <translation>%1 must begin with https://: the key goes with every request.</translation>
    </message>
    <message>
        <source>the answer is not JSON (at byte %1: %2)</source>
        <translation>the answer is not JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>the answer is not a list of orders</source>
        <translation>the answer is not a list of orders</translation>
    </message>
    <message>
        <source>the answer has no &quot;orders&quot; list</source>
        <translation>the answer has no &quot;orders&quot; list</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>not an order</source>
        <translation>not an order</translation>
    </message>
    <message>
        <source>Give the shop&apos;s address alone (%1), without a user, a password or a query: the key has fields of its own.</source>
        <translation>Give the shop&apos;s address alone (%1), without a user, a password or a query: the key has fields of its own.</translation>
    </message>
</context>
<context>
    <name>WebShops</name>
    <message>
        <source>Name the channel the web shop&apos;s orders belong to.</source>
        <translation>Name the channel the web shop&apos;s orders belong to.</translation>
    </message>
    <message>
        <source>Give the shop&apos;s consumer key and consumer secret (WooCommerce &gt; Settings &gt; Advanced &gt; REST API, read access).</source>
        <translation>Give the shop&apos;s consumer key and consumer secret (WooCommerce &gt; Settings &gt; Advanced &gt; REST API, read access).</translation>
    </message>
    <message>
        <source>Give the store&apos;s Admin API access token (with the read_orders scope).</source>
        <translation>Give the store&apos;s Admin API access token (with the read_orders scope).</translation>
    </message>
    <message>
        <source>Give the consumer key and the consumer secret, both.</source>
        <translation>Give the consumer key and the consumer secret, both.</translation>
    </message>
    <message>
        <source>The secret could not be sealed.</source>
        <translation>The secret could not be sealed.</translation>
    </message>
    <message>
        <source>No web shop feeds the channel %1.</source>
        <translation>No web shop feeds the channel %1.</translation>
    </message>
    <message>
        <source>The web shop of %1 is pulled by the PC %2; to pull it here, give its key again on this PC.</source>
        <translation>The web shop of %1 is pulled by the PC %2; to pull it here, give its key again on this PC.</translation>
    </message>
    <message>
        <source>order %1 of the pull, %2 &quot;%3&quot;: %4</source>
        <translation>order %1 of the pull, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new order(s)</source>
        <translation>
            <numerusform>%1: %n new order</numerusform>
            <numerusform>%1: %n new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new status(es)</source>
        <translation>
            <numerusform>, %n new status</numerusform>
            <numerusform>, %n new statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not taken:</source>
        <translation>
            <numerusform>%n order not taken:</numerusform>
            <numerusform>%n orders not taken:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>This is not an .xlsx workbook (it is not a zip file).</source>
        <translation>This is not an .xlsx workbook (it is not a zip file).</translation>
    </message>
    <message>
        <source>The workbook could not be copied to a temporary file.</source>
        <translation>The workbook could not be copied to a temporary file.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its zip structure cannot be read.</source>
        <translation>The workbook is damaged: its zip structure cannot be read.</translation>
    </message>
    <message>
        <source>The workbook is too large to read (over 64 MB of XML).</source>
        <translation>The workbook is too large to read (over 64 MB of XML).</translation>
    </message>
    <message>
        <source>The workbook has no first worksheet (xl/worksheets/sheet1.xml).</source>
        <translation>The workbook has no first worksheet (xl/worksheets/sheet1.xml).</translation>
    </message>
    <message>
        <source>The worksheet&apos;s XML is damaged at line %1: %2</source>
        <translation>The worksheet&apos;s XML is damaged at line %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ZkTecoAttlog</name>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>expected tab-separated PIN and time</source>
        <translation>expected tab-separated PIN and time</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>empty or too long</source>
        <translation>empty or too long</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>not a date and time (YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>work code</source>
        <translation>work code</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
</context>
<context>
    <name>ZkTimeExport</name>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>no 考勤号码 and 日期时间 columns: not a ZKTime export, or the wrong encoding</source>
        <translation>no 考勤号码 and 日期时间 columns: not a ZKTime export, or the wrong encoding</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>not a date and time</translation>
    </message>
</context>
<context>
    <name>shopdesk::AdminPanel</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Policy and database</source>
        <translation>Policy and database</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Connections and backups</source>
        <translation>Connections and backups</translation>
    </message>
</context>
<context>
    <name>shopdesk::AllowanceBillImportDialog</name>
    <message>
        <source>Import phone bills</source>
        <translation>Import phone bills</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bill so far</source>
        <translation>Bill so far</translation>
    </message>
    <message>
        <source>Bill in the file</source>
        <translation>Bill in the file</translation>
    </message>
    <message>
        <source>Import phone bills of %1 from %2</source>
        <translation>Import phone bills of %1 from %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Bills to enter (%1)</source>
        <translation>Bills to enter (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Rows with a problem are not imported; correct them in the file and import it again. The sheet pays the lesser of bill and cap (FIN-10).</source>
        <translation>Rows with a problem are not imported; correct them in the file and import it again. The sheet pays the lesser of bill and cap (FIN-10).</translation>
    </message>
</context>
<context>
    <name>shopdesk::AllowancesPage</name>
    <message>
        <source>Enter the phone &amp;bill...</source>
        <translation>Enter the phone &amp;bill...</translation>
    </message>
    <message>
        <source>Set a &amp;rule...</source>
        <translation>Set a &amp;rule...</translation>
    </message>
    <message>
        <source>&amp;Post to payroll...</source>
        <translation>&amp;Post to payroll...</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone bill</source>
        <translation>Phone bill</translation>
    </message>
    <message>
        <source>Phone allowance</source>
        <translation>Phone allowance</translation>
    </message>
    <message>
        <source>Meal allowance</source>
        <translation>Meal allowance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Phone cap</source>
        <translation>Phone cap</translation>
    </message>
    <message>
        <source>Meal per day</source>
        <translation>Meal per day</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Allowance sheet</source>
        <translation>Allowance sheet</translation>
    </message>
    <message>
        <source>Rules per position</source>
        <translation>Rules per position</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>actual cost</source>
        <translation>actual cost</translation>
    </message>
    <message>
        <source>Posted to payroll.</source>
        <translation>Posted to payroll.</translation>
    </message>
    <message>
        <source>Not posted yet.</source>
        <translation>Not posted yet.</translation>
    </message>
    <message>
        <source>Choose the person on the sheet first.</source>
        <translation>Choose the person on the sheet first.</translation>
    </message>
    <message>
        <source>%1&apos;s phone bill for %2 (yuan):</source>
        <translation>%1&apos;s phone bill for %2 (yuan):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; is not an amount of money.</translation>
    </message>
    <message>
        <source>Allowance rule</source>
        <translation>Allowance rule</translation>
    </message>
    <message>
        <source>Position (as on the employee records):</source>
        <translation>Position (as on the employee records):</translation>
    </message>
    <message>
        <source>Phone cap a month in yuan (empty: the actual bill):</source>
        <translation>Phone cap a month in yuan (empty: the actual bill):</translation>
    </message>
    <message>
        <source>Meal allowance a day in yuan:</source>
        <translation>Meal allowance a day in yuan:</translation>
    </message>
    <message>
        <source>Meal allowance days a month:</source>
        <translation>Meal allowance days a month:</translation>
    </message>
    <message>
        <source>Post the allowance sheet</source>
        <translation>Post the allowance sheet</translation>
    </message>
    <message>
        <source>Post the allowances of %1 to payroll? Bills cannot be changed afterwards.</source>
        <translation>Post the allowances of %1 to payroll? Bills cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>&amp;Import bills...</source>
        <translation>&amp;Import bills...</translation>
    </message>
    <message>
        <source>Import phone bills</source>
        <translation>Import phone bills</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>No allowance rules yet. Give each position its phone cap and meal allowance with Set a rule...</source>
        <translation>No allowance rules yet. Give each position its phone cap and meal allowance with Set a rule...</translation>
    </message>
</context>
<context>
    <name>shopdesk::AmountLine</name>
    <message>
        <source>yuan, such as 120.50</source>
        <translation>yuan, such as 120.50</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; is not an amount of money.</translation>
    </message>
</context>
<context>
    <name>shopdesk::AttendancePanel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>Punches</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
</context>
<context>
    <name>shopdesk::AuditPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Action or record</source>
        <translation>Action or record</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Select a record to see what it changed.</source>
        <translation>Select a record to see what it changed.</translation>
    </message>
    <message>
        <source>Record %1, %2 by %3
Before:
%4
After:
%5
Hash: %6</source>
        <translation>Record %1, %2 by %3
Before:
%4
After:
%5
Hash: %6</translation>
    </message>
</context>
<context>
    <name>shopdesk::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
</context>
<context>
    <name>shopdesk::AuditsPage</name>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Mark &amp;missing...</source>
        <translation>Mark &amp;missing...</translation>
    </message>
    <message>
        <source>Mark &amp;damaged...</source>
        <translation>Mark &amp;damaged...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Scan a label or type a contract number, then Enter: present</source>
        <translation>Scan a label or type a contract number, then Enter: present</translation>
    </message>
    <message>
        <source>Scanned number</source>
        <translation>Scanned number</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Kept in</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>No check of this archive is open.</source>
        <translation>No check of this archive is open.</translation>
    </message>
    <message>
        <source>The last one closed on %1: six months have passed (CON-02).</source>
        <translation>The last one closed on %1: six months have passed (CON-02).</translation>
    </message>
    <message>
        <source>It has never been checked (CON-02).</source>
        <translation>It has never been checked (CON-02).</translation>
    </message>
    <message>
        <source>Check started %1: %2 of %3 contracts marked; %4 missing, %5 damaged.</source>
        <translation>Check started %1: %2 of %3 contracts marked; %4 missing, %5 damaged.</translation>
    </message>
    <message>
        <source>Start a check</source>
        <translation>Start a check</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What the investigation found (may follow later):</source>
        <translation>What the investigation found (may follow later):</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(not yet known)</translation>
    </message>
    <message>
        <source>Held responsible (CON-02):</source>
        <translation>Held responsible (CON-02):</translation>
    </message>
    <message>
        <source>Close the check</source>
        <translation>Close the check</translation>
    </message>
    <message>
        <source>Close the check of %1? It then stays as it is, for good.</source>
        <translation>Close the check of %1? It then stays as it is, for good.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Star&amp;t a check</source>
        <translation>Star&amp;t a check</translation>
    </message>
    <message>
        <source>Cl&amp;ose the check</source>
        <translation>Cl&amp;ose the check</translation>
    </message>
    <message>
        <source>This archive has not been checked yet.</source>
        <translation>This archive has not been checked yet.</translation>
    </message>
    <message>
        <source>Closed %1 (started %2)</source>
        <translation>Closed %1 (started %2)</translation>
    </message>
    <message>
        <source>Open, started %1</source>
        <translation>Open, started %1</translation>
    </message>
    <message>
        <source>Check closed %1, a permanent record: %2 contracts, %3 missing, %4 damaged.</source>
        <translation>Check closed %1, a permanent record: %2 contracts, %3 missing, %4 damaged.</translation>
    </message>
    <message>
        <source>This archive has not been checked yet. Contracts clerks start a check with Start a check.</source>
        <translation>This archive has not been checked yet. Contracts clerks start a check with Start a check.</translation>
    </message>
</context>
<context>
    <name>shopdesk::AwayCalendarModel</name>
    <message>
        <source>%1, %2 to %3%4</source>
        <translation>%1, %2 to %3%4</translation>
    </message>
    <message>
        <source> (waiting for approval)</source>
        <translation> (waiting for approval)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>shopdesk::BudgetSheetDialog</name>
    <message>
        <source>Budget sheet of %1</source>
        <translation>Budget sheet of %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Add a line...</source>
        <translation>&amp;Add a line...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Total %1, the most the guide may be lent; lent so far %2.</source>
        <translation>Total %1, the most the guide may be lent; lent so far %2.</translation>
    </message>
    <message>
        <source>Item (coach, hotel, meals, tickets...):</source>
        <translation>Item (coach, hotel, meals, tickets...):</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <source>Take &quot;%1&quot; (%2) off the budget sheet of %3?</source>
        <translation>Take &quot;%1&quot; (%2) off the budget sheet of %3?</translation>
    </message>
</context>
<context>
    <name>shopdesk::BudgetsPage</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>%1 %2, %3: paid by month against a twelfth of the budget</source>
        <translation>%1 %2, %3: paid by month against a twelfth of the budget</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Budget ÷ 12</source>
        <translation>Budget ÷ 12</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>Budget line %1</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Category (such as 办公费):</source>
        <translation>Category (such as 办公费):</translation>
    </message>
    <message>
        <source>Budget for the year (yuan):</source>
        <translation>Budget for the year (yuan):</translation>
    </message>
    <message>
        <source>No budget for this year. Finance clerks set each department&apos;s budget with Set a line...; or change the year.</source>
        <translation>No budget for this year. Finance clerks set each department&apos;s budget with Set a line...; or change the year.</translation>
    </message>
    <message>
        <source>Set a &amp;line...</source>
        <translation>Set a &amp;line...</translation>
    </message>
</context>
<context>
    <name>shopdesk::CalendarPage</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Mark a day...</source>
        <translation>Mark a day...</translation>
    </message>
    <message>
        <source>Back to the work week</source>
        <translation>Back to the work week</translation>
    </message>
    <message>
        <source>Import a year...</source>
        <translation>Import a year...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>Day type</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Days the calendar names; every other day follows the work week (Monday to Friday unless the attendance policy says otherwise).</source>
        <translation>Days the calendar names; every other day follows the work week (Monday to Friday unless the attendance policy says otherwise).</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>Mark a day</source>
        <translation>Mark a day</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Day type:</source>
        <translation>Day type:</translation>
    </message>
    <message>
        <source>Holiday name:</source>
        <translation>Holiday name:</translation>
    </message>
    <message>
        <source>Select a day in the list first.</source>
        <translation>Select a day in the list first.</translation>
    </message>
    <message>
        <source>Let %1 follow the work week again?</source>
        <translation>Let %1 follow the work week again?</translation>
    </message>
    <message>
        <source>Import a holiday calendar</source>
        <translation>Import a holiday calendar</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation>Holiday calendar (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>No days marked in this year: every day follows the work week. Bring in the year&apos;s calendar with Import a year..., or change the year.</source>
        <translation>No days marked in this year: every day follows the work week. Bring in the year&apos;s calendar with Import a year..., or change the year.</translation>
    </message>
</context>
<context>
    <name>shopdesk::CashEntryDialog</name>
    <message>
        <source>Cash journal entry</source>
        <translation>Cash journal entry</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>who paid or was paid</source>
        <translation>who paid or was paid</translation>
    </message>
    <message>
        <source>&amp;Counterparty:</source>
        <translation>&amp;Counterparty:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>budget category, such as 办公费</source>
        <translation>budget category, such as 办公费</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>D&amp;epartment:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount of money.</source>
        <translation>The amount &quot;%1&quot; is not an amount of money.</translation>
    </message>
</context>
<context>
    <name>shopdesk::CashJournalPage</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;New entry...</source>
        <translation>&amp;New entry...</translation>
    </message>
    <message>
        <source>&amp;Close the day...</source>
        <translation>&amp;Close the day...</translation>
    </message>
    <message>
        <source>Re&amp;view...</source>
        <translation>Re&amp;view...</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Opening %1 · receipts %2 · payments %3 · expected in the box %4</source>
        <translation>Opening %1 · receipts %2 · payments %3 · expected in the box %4</translation>
    </message>
    <message>
        <source>Closed by %1 with %2 counted (difference %3).</source>
        <translation>Closed by %1 with %2 counted (difference %3).</translation>
    </message>
    <message>
        <source>Reviewed by %1: %2</source>
        <translation>Reviewed by %1: %2</translation>
    </message>
    <message>
        <source>Waiting for the chief accountant&apos;s review.</source>
        <translation>Waiting for the chief accountant&apos;s review.</translation>
    </message>
    <message>
        <source>Open: entries may still be added.</source>
        <translation>Open: entries may still be added.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Cash counted in the box at the end of %1 (yuan):</source>
        <translation>Cash counted in the box at the end of %1 (yuan):</translation>
    </message>
    <message>
        <source>Review the day</source>
        <translation>Review the day</translation>
    </message>
    <message>
        <source>What the review found (needed when the count differs):</source>
        <translation>What the review found (needed when the count differs):</translation>
    </message>
    <message>
        <source>No entries on this day. Record a receipt or a payment with New entry...</source>
        <translation>No entries on this day. Record a receipt or a payment with New entry...</translation>
    </message>
    <message>
        <source>The cash accountant records the day&apos;s receipts and payments.</source>
        <translation>The cash accountant records the day&apos;s receipts and payments.</translation>
    </message>
    <message>
        <source>The cash accountant counts the box and closes the day.</source>
        <translation>The cash accountant counts the box and closes the day.</translation>
    </message>
    <message>
        <source>The chief accountant reviews a closed day.</source>
        <translation>The chief accountant reviews a closed day.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ConnectionsPage</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Program version</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Connected now (seen in the last two minutes)</source>
        <translation>Connected now (seen in the last two minutes)</translation>
    </message>
    <message>
        <source>Backups (rule DB-05)</source>
        <translation>Backups (rule DB-05)</translation>
    </message>
    <message>
        <source>&quot;backups&quot; beside the database file</source>
        <translation>&quot;backups&quot; beside the database file</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Back up automatically every:</source>
        <translation>Back up automatically every:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Backups kept:</translation>
    </message>
    <message>
        <source>Restore selected...</source>
        <translation>Restore selected...</translation>
    </message>
    <message>
        <source>Restore from file...</source>
        <translation>Restore from file...</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backing up and checking the copy...</source>
        <translation>Backing up and checking the copy...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Select a backup in the list first.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>ShopDesk backups (*.db)</source>
        <translation>ShopDesk backups (*.db)</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1 (audit record %2)?

The current state is saved as a backup first. ShopDesk closes the window, restores, checks the result and asks you to sign in again.</source>
        <translation>Replace the database with the backup %1 (audit record %2)?

The current state is saved as a backup first. ShopDesk closes the window, restores, checks the result and asks you to sign in again.</translation>
    </message>
    <message>
        <source>No backups yet. Back up now makes the first; the automatic backup makes the next ones on the days set above.</source>
        <translation>No backups yet. Back up now makes the first; the automatic backup makes the next ones on the days set above.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ContractDialog</name>
    <message>
        <source>Register a contract</source>
        <translation>Register a contract</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>one party per line</source>
        <translation>one party per line</translation>
    </message>
    <message>
        <source>&amp;Other parties:</source>
        <translation>&amp;Other parties:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>St&amp;arts on:</source>
        <translation>St&amp;arts on:</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>yuan, such as 120000.00</source>
        <translation>yuan, such as 120000.00</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nobody named)</translation>
    </message>
    <message>
        <source>%1 (custodian %2)</source>
        <translation>%1 (custodian %2)</translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation>Arc&amp;hive:</translation>
    </message>
    <message>
        <source>cabinet</source>
        <translation>cabinet</translation>
    </message>
    <message>
        <source>shelf</source>
        <translation>shelf</translation>
    </message>
    <message>
        <source>box</source>
        <translation>box</translation>
    </message>
    <message>
        <source>&amp;Kept in:</source>
        <translation>&amp;Kept in:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not an amount of money.</source>
        <translation>The value &quot;%1&quot; is not an amount of money.</translation>
    </message>
    <message>
        <source>%1 is already registered with this party, title and signing day. Register this one as another contract?</source>
        <translation>%1 is already registered with this party, title and signing day. Register this one as another contract?</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Fixed with the number %1 (CON-01)</source>
        <translation>Fixed with the number %1 (CON-01)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ContractFilesDialog</name>
    <message>
        <source>waiting to be read</source>
        <translation>waiting to be read</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): %1</source>
        <translation>
            <numerusform>%n page: %1</numerusform>
            <numerusform>%n pages: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>not readable: %1</translation>
    </message>
    <message>
        <source>Files of %1 %2</source>
        <translation>Files of %1 %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Reading the text</source>
        <translation>Reading the text</translation>
    </message>
    <message>
        <source>&amp;Add a file...</source>
        <translation>&amp;Add a file...</translation>
    </message>
    <message>
        <source>Add a new &amp;version...</source>
        <translation>Add a new &amp;version...</translation>
    </message>
    <message>
        <source>&amp;Save a copy...</source>
        <translation>&amp;Save a copy...</translation>
    </message>
    <message>
        <source>A scan or document kept with this contract (Ctrl+N)</source>
        <translation>A scan or document kept with this contract (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reading the text of %1 for search: page %2 of %3</source>
        <translation>Reading the text of %1 for search: page %2 of %3</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>New version of %1</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Add a file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>What it is (正本扫描件, 补充协议一):</source>
        <translation>What it is (正本扫描件, 补充协议一):</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Only %1, the archive&apos;s custodian, adds files (CON-06).</source>
        <translation>Only %1, the archive&apos;s custodian, adds files (CON-06).</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Cannot read %1 whole: %2</source>
        <translation>Cannot read %1 whole: %2</translation>
    </message>
    <message>
        <source>&amp;Read the text again</source>
        <translation>&amp;Read the text again</translation>
    </message>
    <message>
        <source>For a file whose reading failed, once the reason is put right</source>
        <translation>For a file whose reading failed, once the reason is put right</translation>
    </message>
</context>
<context>
    <name>shopdesk::ContractListPage</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>&amp;Register...</source>
        <translation>&amp;Register...</translation>
    </message>
    <message>
        <source>&amp;Borrow...</source>
        <translation>&amp;Borrow...</translation>
    </message>
    <message>
        <source>Set &amp;up</source>
        <translation>Set &amp;up</translation>
    </message>
    <message>
        <source>New contract type...</source>
        <translation>New contract type...</translation>
    </message>
    <message>
        <source>New archive...</source>
        <translation>New archive...</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation>Other parties</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Kept in</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>out with %1 until %2</source>
        <translation>out with %1 until %2</translation>
    </message>
    <message>
        <source>Borrow %1</source>
        <translation>Borrow %1</translation>
    </message>
    <message>
        <source>A copy, or the original (a special case, CON-05):</source>
        <translation>A copy, or the original (a special case, CON-05):</translation>
    </message>
    <message>
        <source>What for:</source>
        <translation>What for:</translation>
    </message>
    <message>
        <source>Back by, YYYY-MM-DD (empty: %1):</source>
        <translation>Back by, YYYY-MM-DD (empty: %1):</translation>
    </message>
    <message>
        <source>The request waits for its signature in Approvals; the custodian hands the %1 out once it is signed.</source>
        <translation>The request waits for its signature in Approvals; the custodian hands the %1 out once it is signed.</translation>
    </message>
    <message>
        <source>New contract type</source>
        <translation>New contract type</translation>
    </message>
    <message>
        <source>Code, 2 to 6 capital letters or digits (CG):</source>
        <translation>Code, 2 to 6 capital letters or digits (CG):</translation>
    </message>
    <message>
        <source>Name (采购合同):</source>
        <translation>Name (采购合同):</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>New archive</translation>
    </message>
    <message>
        <source>Name (行政部档案室):</source>
        <translation>Name (行政部档案室):</translation>
    </message>
    <message>
        <source>Where it is, fire- and damp-proof (CON-06):</source>
        <translation>Where it is, fire- and damp-proof (CON-06):</translation>
    </message>
    <message>
        <source>Its one custodian (CON-06):</source>
        <translation>Its one custodian (CON-06):</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Print preview...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Save as PDF...</translation>
    </message>
    <message>
        <source>Save as XLSX...</source>
        <translation>Save as XLSX...</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Registered as %1: write it on the paper and on its folder.</source>
        <translation>Registered as %1: write it on the paper and on its folder.</translation>
    </message>
    <message>
        <source>Number, title, party, notes, or words in its files (Ctrl+F)</source>
        <translation>Number, title, party, notes, or words in its files (Ctrl+F)</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Other party</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Value from</translation>
    </message>
    <message>
        <source>Value from, yuan</source>
        <translation>Value from, yuan</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Value up to, yuan</source>
        <translation>Value up to, yuan</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>Any end</source>
        <translation>Any end</translation>
    </message>
    <message>
        <source>In force, ending within %1 days</source>
        <translation>In force, ending within %1 days</translation>
    </message>
    <message>
        <source>F&amp;iles...</source>
        <translation>F&amp;iles...</translation>
    </message>
    <message>
        <source>The scans and documents kept with the selected contract</source>
        <translation>The scans and documents kept with the selected contract</translation>
    </message>
    <message>
        <source>Folder labels of the selected contracts: print preview...</source>
        <translation>Folder labels of the selected contracts: print preview...</translation>
    </message>
    <message>
        <source>Folder labels of the selected contracts: save as PDF...</source>
        <translation>Folder labels of the selected contracts: save as PDF...</translation>
    </message>
    <message>
        <source>Box labels of an archive: print preview...</source>
        <translation>Box labels of an archive: print preview...</translation>
    </message>
    <message>
        <source>Box labels of an archive: save as PDF...</source>
        <translation>Box labels of an archive: save as PDF...</translation>
    </message>
    <message>
        <source>Found in its files</source>
        <translation>Found in its files</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (12000 or 12,000.50).</source>
        <translation>&quot;%1&quot; is not an amount in yuan (12000 or 12,000.50).</translation>
    </message>
    <message>
        <source>The newest %1 are shown: narrow the search to see the others.</source>
        <translation>The newest %1 are shown: narrow the search to see the others.</translation>
    </message>
    <message>
        <source>%1 v%2, page %3, line %4: %5</source>
        <translation>%1 v%2, page %3, line %4: %5</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>contract-folder-labels</source>
        <translation>contract-folder-labels</translation>
    </message>
    <message>
        <source>There is no archive yet: set one up first.</source>
        <translation>There is no archive yet: set one up first.</translation>
    </message>
    <message>
        <source>The boxes of which archive:</source>
        <translation>The boxes of which archive:</translation>
    </message>
    <message>
        <source>archive-box-labels</source>
        <translation>archive-box-labels</translation>
    </message>
    <message>
        <source>Lab&amp;els</source>
        <translation>Lab&amp;els</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>The selected contract in full: correct it, or record that it was completed or terminated (Enter)</source>
        <translation>The selected contract in full: correct it, or record that it was completed or terminated (Enter)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>No contracts here. Register the first one with Register..., or change the search.</source>
        <translation>No contracts here. Register the first one with Register..., or change the search.</translation>
    </message>
    <message>
        <source>In the archive</source>
        <translation>In the archive</translation>
    </message>
</context>
<context>
    <name>shopdesk::ContractsPanel</name>
    <message>
        <source>&amp;Contracts</source>
        <translation>&amp;Contracts</translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation>&amp;Loans</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Chec&amp;ks</translation>
    </message>
</context>
<context>
    <name>shopdesk::CustomerFlagDialog</name>
    <message>
        <source>Propose a bad-customer flag</source>
        <translation>Propose a bad-customer flag</translation>
    </message>
    <message>
        <source>the order it is about, if any: fills the account and phone</source>
        <translation>the order it is about, if any: fills the account and phone</translation>
    </message>
    <message>
        <source>what happened, with the order numbers, dates and proof</source>
        <translation>what happened, with the order numbers, dates and proof</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>&amp;Order number:</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;account:</source>
        <translation>Buyer&apos;s &amp;account:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Send to the &amp;supervisor</source>
        <translation>Send to the &amp;supervisor</translation>
    </message>
</context>
<context>
    <name>shopdesk::CustomerFlagsPage</name>
    <message>
        <source>Co&amp;nfirm</source>
        <translation>Co&amp;nfirm</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>Re&amp;ject...</translation>
    </message>
    <message>
        <source>The service supervisor decides (CS-03).</source>
        <translation>The service supervisor decides (CS-03).</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>A confirmed flag shows on the customer&apos;s later orders, by their account or phone (CS-03).</source>
        <translation>A confirmed flag shows on the customer&apos;s later orders, by their account or phone (CS-03).</translation>
    </message>
    <message>
        <source>Choose a flag first.</source>
        <translation>Choose a flag first.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Why is the flag on %1 rejected?</source>
        <translation>Why is the flag on %1 rejected?</translation>
    </message>
    <message>
        <source>No customer is flagged. Customer service proposes one, with the evidence, using Propose a flag...</source>
        <translation>No customer is flagged. Customer service proposes one, with the evidence, using Propose a flag...</translation>
    </message>
    <message>
        <source>Propose a fla&amp;g...</source>
        <translation>Propose a fla&amp;g...</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Packing &amp;slip</source>
        <translation>Packing &amp;slip</translation>
    </message>
    <message>
        <source>A4 sheet: print preview...</source>
        <translation>A4 sheet: print preview...</translation>
    </message>
    <message>
        <source>100 x 150 mm label: print preview...</source>
        <translation>100 x 150 mm label: print preview...</translation>
    </message>
    <message>
        <source>What was ordered</source>
        <translation>What was ordered</translation>
    </message>
    <message>
        <source>What happened since (appended, never changed: ORD-05)</source>
        <translation>What happened since (appended, never changed: ORD-05)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>contact the customer (ORD-02)</source>
        <translation>contact the customer (ORD-02)</translation>
    </message>
    <message>
        <source>hand over to operations (ORD-03)</source>
        <translation>hand over to operations (ORD-03)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>at the channel: %1</source>
        <translation>at the channel: %1</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>Why is the order cancelled?</translation>
    </message>
    <message>
        <source>Carrier and tracking number:</source>
        <translation>Carrier and tracking number:</translation>
    </message>
    <message>
        <source>Note (printed on the packing slip as a shipping remark):</source>
        <translation>Note (printed on the packing slip as a shipping remark):</translation>
    </message>
    <message>
        <source>Amount refunded (%1):</source>
        <translation>Amount refunded (%1):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Bad customer (confirmed by %1 on %2): %3</source>
        <translation>Bad customer (confirmed by %1 on %2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; at %2, %3</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>Buyer: %1</translation>
    </message>
    <message>
        <source>Buyer %1: %2</source>
        <translation>Buyer %1: %2</translation>
    </message>
    <message>
        <source>Goods %1 + shipping %2 - discount %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Goods %1 + shipping %2 - discount %3 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>shopdesk::DayDetailDialog</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> (make-up)</source>
        <translation> (make-up)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Not scheduled to work: %1.</source>
        <translation>Not scheduled to work: %1.</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>Shift: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n minute(s) late</source>
        <translation>
            <numerusform>, %n minute late</numerusform>
            <numerusform>, %n minutes late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n minute(s) early</source>
        <translation>
            <numerusform>, %n minute early</numerusform>
            <numerusform>, %n minutes early</numerusform>
        </translation>
    </message>
    <message>
        <source> (rule %1)</source>
        <translation> (rule %1)</translation>
    </message>
    <message>
        <source>Punches: %1</source>
        <translation>Punches: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) less than 60 seconds after another counted once (ATT-12).</source>
        <translation>
            <numerusform>%n punch less than 60 seconds after another counted once (ATT-12).</numerusform>
            <numerusform>%n punches less than 60 seconds after another counted once (ATT-12).</numerusform>
        </translation>
    </message>
    <message>
        <source>Punches on a day off without overtime on file are shown, not counted (ATT-02, OT-02).</source>
        <translation>Punches on a day off without overtime on file are shown, not counted (ATT-02, OT-02).</translation>
    </message>
    <message numerus="yes">
        <source>Approved overtime on the clock: %n minute(s).</source>
        <translation>
            <numerusform>Approved overtime on the clock: %n minute.</numerusform>
            <numerusform>Approved overtime on the clock: %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine %1 (%2): %3</source>
        <translation>Fine %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Attendance of %1</translation>
    </message>
    <message>
        <source>Request a make-up punch...</source>
        <translation>Request a make-up punch...</translation>
    </message>
    <message>
        <source>Make-up punch (ATT-12)</source>
        <translation>Make-up punch (ATT-12)</translation>
    </message>
    <message>
        <source>Why the punch is missing</source>
        <translation>Why the punch is missing</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>The make-up punch waits for the direct supervisor&apos;s approval.</source>
        <translation>The make-up punch waits for the direct supervisor&apos;s approval.</translation>
    </message>
    <message numerus="yes">
        <source>, of which %n minute(s) out and back without a filing (ATT-08)</source>
        <translation>
            <numerusform>, of which %n minute out and back without a filing (ATT-08)</numerusform>
            <numerusform>, of which %n minutes out and back without a filing (ATT-08)</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>no punch in</source>
        <translation>no punch in</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>out %1</translation>
    </message>
    <message>
        <source>no punch out</source>
        <translation>no punch out</translation>
    </message>
    <message>
        <source>%1-%2: %3, %4: %5</source>
        <comment>a shift&apos;s part: its hours, check-in, check-out, status</comment>
        <translation>%1-%2: %3, %4: %5</translation>
    </message>
</context>
<context>
    <name>shopdesk::DecisionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s)?</source>
        <translation>
            <numerusform>Approve %n request?</numerusform>
            <numerusform>Approve %n requests?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n request(s)?</source>
        <translation>
            <numerusform>Reject %n request?</numerusform>
            <numerusform>Reject %n requests?</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Approved by phone by:</source>
        <translation>Approved by phone by:</translation>
    </message>
    <message>
        <source>Give a reason for the rejection.</source>
        <translation>Give a reason for the rejection.</translation>
    </message>
    <message>
        <source>Record a phone approval</source>
        <translation>Record a phone approval</translation>
    </message>
    <message>
        <source>Approved by phone by</source>
        <translation>Approved by phone by</translation>
    </message>
    <message>
        <source>Record that this request was approved by phone?
• %1
The approver is asked to confirm it afterwards.</source>
        <translation>Record that this request was approved by phone?
• %1
The approver is asked to confirm it afterwards.</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>Record approval</translation>
    </message>
    <message>
        <source>Nobody can approve this request by phone: its approver is you or the requester.</source>
        <translation>Nobody can approve this request by phone: its approver is you or the requester.</translation>
    </message>
</context>
<context>
    <name>shopdesk::DepartmentsDialog</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>No departments yet. Add each with New department..., then add or import the employees and choose each department&apos;s head.</source>
        <translation>No departments yet. Add each with New department..., then add or import the employees and choose each department&apos;s head.</translation>
    </message>
    <message>
        <source>&amp;New department...</source>
        <translation>&amp;New department...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Rename...</translation>
    </message>
    <message>
        <source>Choose the &amp;head...</source>
        <translation>Choose the &amp;head...</translation>
    </message>
    <message>
        <source>Leave and other requests go to the department&apos;s head for approval</source>
        <translation>Leave and other requests go to the department&apos;s head for approval</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Rename the department</source>
        <translation>Rename the department</translation>
    </message>
    <message>
        <source>The department&apos;s head</source>
        <translation>The department&apos;s head</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Choose a department first.</source>
        <translation>Choose a department first.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Head:</translation>
    </message>
</context>
<context>
    <name>shopdesk::DepartmentsPage</name>
    <message>
        <source>Name &amp;custodian...</source>
        <translation>Name &amp;custodian...</translation>
    </message>
    <message>
        <source>&amp;New requisition...</source>
        <translation>&amp;New requisition...</translation>
    </message>
    <message>
        <source>&amp;Accept purchase</source>
        <translation>&amp;Accept purchase</translation>
    </message>
    <message>
        <source>&amp;Query purchase...</source>
        <translation>&amp;Query purchase...</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Requisition</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Items (issued)</source>
        <translation>Items (issued)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Custodians (SUP-06):</source>
        <translation>Custodians (SUP-06):</translation>
    </message>
    <message>
        <source>Requisitions, signed by the custodian, filled from stock (SUP-05):</source>
        <translation>Requisitions, signed by the custodian, filled from stock (SUP-05):</translation>
    </message>
    <message>
        <source>Local purchases by departments, audited by the office (SUP-05):</source>
        <translation>Local purchases by departments, audited by the office (SUP-05):</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(none named)</translation>
    </message>
    <message>
        <source>Name custodian</source>
        <translation>Name custodian</translation>
    </message>
    <message>
        <source>Choose the department first.</source>
        <translation>Choose the department first.</translation>
    </message>
    <message>
        <source>Who keeps the supplies of %1?</source>
        <translation>Who keeps the supplies of %1?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Choose the requisition to sign.</source>
        <translation>Choose the requisition to sign.</translation>
    </message>
    <message>
        <source>Fill from stock</source>
        <translation>Fill from stock</translation>
    </message>
    <message>
        <source>Choose a signed requisition to fill.</source>
        <translation>Choose a signed requisition to fill.</translation>
    </message>
    <message>
        <source>Issue the items of %1 from stock to the department? What is short stays short.</source>
        <translation>Issue the items of %1 from stock to the department? What is short stays short.</translation>
    </message>
    <message>
        <source>Choose the local purchase first.</source>
        <translation>Choose the local purchase first.</translation>
    </message>
    <message>
        <source>Query purchase</source>
        <translation>Query purchase</translation>
    </message>
    <message>
        <source>What does the office query?</source>
        <translation>What does the office query?</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>Si&amp;gn</translation>
    </message>
    <message>
        <source>Fi&amp;ll from stock</source>
        <translation>Fi&amp;ll from stock</translation>
    </message>
    <message>
        <source>No requisitions yet. A department asks for supplies with New requisition...; its custodian signs it.</source>
        <translation>No requisitions yet. A department asks for supplies with New requisition...; its custodian signs it.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>shopdesk::DisciplinePage</name>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Record...</source>
        <translation>Record...</translation>
    </message>
    <message>
        <source>Proposals from attendance</source>
        <translation>Proposals from attendance</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Waive...</source>
        <translation>Waive...</translation>
    </message>
    <message>
        <source>Payroll lines (XLSX)...</source>
        <translation>Payroll lines (XLSX)...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Why waived</source>
        <translation>Why waived</translation>
    </message>
    <message>
        <source>%1 entries, %2 proposals to decide</source>
        <translation>%1 entries, %2 proposals to decide</translation>
    </message>
    <message>
        <source>Disciplinary register</source>
        <translation>Disciplinary register</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>Select an entry first.</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Waive</translation>
    </message>
    <message>
        <source>Why is this waived?</source>
        <translation>Why is this waived?</translation>
    </message>
    <message>
        <source>Record a disciplinary entry</source>
        <translation>Record a disciplinary entry</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Payroll lines</source>
        <translation>Payroll lines</translation>
    </message>
    <message>
        <source>payroll-%1.xlsx</source>
        <translation>payroll-%1.xlsx</translation>
    </message>
    <message>
        <source>Save the payroll lines</source>
        <translation>Save the payroll lines</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Other party (ATT-09):</source>
        <translation>Other party (ATT-09):</translation>
    </message>
    <message>
        <source>No entries in this month. HR clerks record one with Record... or take the Proposals from attendance; or change the month.</source>
        <translation>No entries in this month. HR clerks record one with Record... or take the Proposals from attendance; or change the month.</translation>
    </message>
</context>
<context>
    <name>shopdesk::EmptyListHint</name>
    <message>
        <source>No row matches “%1”. Clear the filter to see them all.</source>
        <translation>No row matches “%1”. Clear the filter to see them all.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ExpenseRequestDialog</name>
    <message>
        <source>Expense request</source>
        <translation>Expense request</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>budget category, such as 办公费 or 招待费</source>
        <translation>budget category, such as 办公费 or 招待费</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Needed on:</source>
        <translation>&amp;Needed on:</translation>
    </message>
    <message>
        <source>&amp;Business expense (entertainment, gifts, transport): the general manager approves before the money is spent</source>
        <translation>&amp;Business expense (entertainment, gifts, transport): the general manager approves before the money is spent</translation>
    </message>
    <message>
        <source>&amp;Send for approval</source>
        <translation>&amp;Send for approval</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount of money.</source>
        <translation>The amount &quot;%1&quot; is not an amount of money.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ExpensesPage</name>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;New request...</translation>
    </message>
    <message>
        <source>&amp;Lend an advance...</source>
        <translation>&amp;Lend an advance...</translation>
    </message>
    <message>
        <source>&amp;Reimburse...</source>
        <translation>&amp;Reimburse...</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Expense requests</source>
        <translation>Expense requests</translation>
    </message>
    <message>
        <source>Advances not yet cleared</source>
        <translation>Advances not yet cleared</translation>
    </message>
    <message>
        <source>Lend an advance</source>
        <translation>Lend an advance</translation>
    </message>
    <message>
        <source>Amount lent to %1 against %2 (yuan):</source>
        <translation>Amount lent to %1 against %2 (yuan):</translation>
    </message>
    <message>
        <source>Number of the signed IOU:</source>
        <translation>Number of the signed IOU:</translation>
    </message>
    <message>
        <source>&amp;Invoices...</source>
        <translation>&amp;Invoices...</translation>
    </message>
    <message>
        <source>No expense requests yet. Ask for an expense to be approved with New request...</source>
        <translation>No expense requests yet. Ask for an expense to be approved with New request...</translation>
    </message>
    <message>
        <source>The cash accountant lends advances and reimburses approved requests.</source>
        <translation>The cash accountant lends advances and reimburses approved requests.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>shopdesk::FeedbackPage</name>
    <message>
        <source>order number, if any</source>
        <translation>order number, if any</translation>
    </message>
    <message>
        <source>buyer&apos;s account</source>
        <translation>buyer&apos;s account</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>what the customer said</translation>
    </message>
    <message>
        <source>what was done or promised</source>
        <translation>what was done or promised</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>Recor&amp;d</translation>
    </message>
    <message>
        <source>Enter in any field records it too.</source>
        <translation>Enter in any field records it too.</translation>
    </message>
    <message>
        <source>Set the ou&amp;tcome...</source>
        <translation>Set the ou&amp;tcome...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation>Recorded from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Choose a feedback row first.</source>
        <translation>Choose a feedback row first.</translation>
    </message>
    <message>
        <source>What was done for &quot;%1&quot;?</source>
        <translation>What was done for &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Is it resolved?</source>
        <translation>Is it resolved?</translation>
    </message>
    <message>
        <source>No feedback in this period. Take a call down in the row of fields above: Tab between them, Enter records.</source>
        <translation>No feedback in this period. Take a call down in the row of fields above: Tab between them, Enter records.</translation>
    </message>
    <message>
        <source>Resolv&amp;ed</source>
        <translation>Resolv&amp;ed</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>How:</translation>
    </message>
</context>
<context>
    <name>shopdesk::FilePreview</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>No scan was stored with %1.</source>
        <translation>No scan was stored with %1.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>this record</translation>
    </message>
    <message>
        <source>%1 is not a PDF that can be read.</source>
        <translation>%1 is not a PDF that can be read.</translation>
    </message>
    <message>
        <source>The first %1 of %2 pages are shown.</source>
        <translation>The first %1 of %2 pages are shown.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a picture: save it to open it with another program.</source>
        <translation>%1 is neither a PDF nor a picture: save it to open it with another program.</translation>
    </message>
</context>
<context>
    <name>shopdesk::FinancePanel</name>
    <message>
        <source>&amp;Cash journal</source>
        <translation>&amp;Cash journal</translation>
    </message>
    <message>
        <source>&amp;Expenses</source>
        <translation>&amp;Expenses</translation>
    </message>
    <message>
        <source>&amp;Group accounts</source>
        <translation>&amp;Group accounts</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>&amp;Allowances</translation>
    </message>
    <message>
        <source>&amp;Month close</source>
        <translation>&amp;Month close</translation>
    </message>
    <message>
        <source>Payment vo&amp;uchers</source>
        <translation>Payment vo&amp;uchers</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
</context>
<context>
    <name>shopdesk::FirstRunDialog</name>
    <message>
        <source>Create a new company database</source>
        <translation>Create a new company database</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>Open an existing database</translation>
    </message>
    <message>
        <source>ShopDesk: choose the company database</source>
        <translation>ShopDesk: choose the company database</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>New company database</source>
        <translation>New company database</translation>
    </message>
    <message>
        <source>for example: Example E-commerce Co., Ltd.</source>
        <translation>for example: Example E-commerce Co., Ltd.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Company name:</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name:</source>
        <translation>Administrator&apos;s user name:</translation>
    </message>
    <message>
        <source>Administrator&apos;s password:</source>
        <translation>Administrator&apos;s password:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>At least 6 characters with letters and digits, not starting with a digit.</source>
        <translation>At least 6 characters with letters and digits, not starting with a digit.</translation>
    </message>
    <message>
        <source>Open a company database</source>
        <translation>Open a company database</translation>
    </message>
    <message>
        <source>A file on a shared drive may be typed as a network path, such as \\server\share\shopdesk.db.</source>
        <translation>A file on a shared drive may be typed as a network path, such as \\server\share\shopdesk.db.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Enter the database file&apos;s path.</source>
        <translation>Enter the database file&apos;s path.</translation>
    </message>
    <message>
        <source>Connect to a company server</source>
        <translation>Connect to a company server</translation>
    </message>
    <message>
        <source>ShopDesk keeps the company&apos;s records in one database file. Several PCs can share it on a network drive; a larger company keeps it on a database server.</source>
        <translation>ShopDesk keeps the company&apos;s records in one database file. Several PCs can share it on a network drive; a larger company keeps it on a database server.</translation>
    </message>
    <message>
        <source>for example: db.example.com</source>
        <translation>for example: db.example.com</translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Encrypted (TLS)</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate checked</source>
        <translation>Encrypted, and the server&apos;s certificate checked</translation>
    </message>
    <message>
        <source>Not encrypted (only for a server on this PC)</source>
        <translation>Not encrypted (only for a server on this PC)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Server user:</source>
        <translation>Server user:</translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation>Server password:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>The database administrator gives these. Leave the server user empty where each person signs in with their own ShopDesk name and password. A server password is not kept on this PC: ShopDesk asks for it again at the next start.</source>
        <translation>The database administrator gives these. Leave the server user empty where each person signs in with their own ShopDesk name and password. A server password is not kept on this PC: ShopDesk asks for it again at the next start.</translation>
    </message>
    <message>
        <source>Enter the server and the database.</source>
        <translation>Enter the server and the database.</translation>
    </message>
</context>
<context>
    <name>shopdesk::GroupsPage</name>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All group accounts</source>
        <translation>All group accounts</translation>
    </message>
    <message>
        <source>Departing today (FIN-11)</source>
        <translation>Departing today (FIN-11)</translation>
    </message>
    <message>
        <source>Overdue balances</source>
        <translation>Overdue balances</translation>
    </message>
    <message>
        <source>&amp;New group...</source>
        <translation>&amp;New group...</translation>
    </message>
    <message>
        <source>Book a &amp;receipt...</source>
        <translation>Book a &amp;receipt...</translation>
    </message>
    <message>
        <source>&amp;Lend to the guide...</source>
        <translation>&amp;Lend to the guide...</translation>
    </message>
    <message>
        <source>Attach a &amp;paper...</source>
        <translation>Attach a &amp;paper...</translation>
    </message>
    <message>
        <source>General &amp;manager</source>
        <translation>General &amp;manager</translation>
    </message>
    <message>
        <source>Let it depart...</source>
        <translation>Let it depart...</translation>
    </message>
    <message>
        <source>Write off a bad debt...</source>
        <translation>Write off a bad debt...</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Departs</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Due before departure</source>
        <translation>Due before departure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Lent to guide</source>
        <translation>Lent to guide</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message numerus="yes">
        <source>No receipt %n day(s) after signing (FIN-05)</source>
        <translation>
            <numerusform>No receipt %n day after signing (FIN-05)</numerusform>
            <numerusform>No receipt %n days after signing (FIN-05)</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the departure threshold</source>
        <translation>Below the departure threshold</translation>
    </message>
    <message>
        <source>Allowed to depart by the general manager</source>
        <translation>Allowed to depart by the general manager</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written off, charged to %2</source>
        <translation>%1 written off, charged to %2</translation>
    </message>
    <message>
        <source>New group account</source>
        <translation>New group account</translation>
    </message>
    <message>
        <source>Group or customer name:</source>
        <translation>Group or customer name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Contract value (yuan):</source>
        <translation>Contract value (yuan):</translation>
    </message>
    <message>
        <source>Signed on, YYYY-MM-DD (empty: %1):</source>
        <translation>Signed on, YYYY-MM-DD (empty: %1):</translation>
    </message>
    <message>
        <source>Departs on, YYYY-MM-DD (empty: %1):</source>
        <translation>Departs on, YYYY-MM-DD (empty: %1):</translation>
    </message>
    <message>
        <source>Returns on, YYYY-MM-DD (empty: %1):</source>
        <translation>Returns on, YYYY-MM-DD (empty: %1):</translation>
    </message>
    <message>
        <source>Receipt for %1</source>
        <translation>Receipt for %1</translation>
    </message>
    <message>
        <source>Amount received (yuan), %1 outstanding:</source>
        <translation>Amount received (yuan), %1 outstanding:</translation>
    </message>
    <message>
        <source>Bank slip or receipt number:</source>
        <translation>Bank slip or receipt number:</translation>
    </message>
    <message>
        <source>Advance to the guide of %1</source>
        <translation>Advance to the guide of %1</translation>
    </message>
    <message>
        <source>Guide:</source>
        <translation>Guide:</translation>
    </message>
    <message>
        <source>Amount (yuan); the budget sheet leaves %1:</source>
        <translation>Amount (yuan); the budget sheet leaves %1:</translation>
    </message>
    <message>
        <source>Papers of %1</source>
        <translation>Papers of %1</translation>
    </message>
    <message>
        <source>Which paper:</source>
        <translation>Which paper:</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Let %1 depart</source>
        <translation>Let %1 depart</translation>
    </message>
    <message>
        <source>Why may it depart below the threshold?</source>
        <translation>Why may it depart below the threshold?</translation>
    </message>
    <message>
        <source>Write off a bad debt of %1</source>
        <translation>Write off a bad debt of %1</translation>
    </message>
    <message>
        <source>Charged to (who caused it, FIN-07):</source>
        <translation>Charged to (who caused it, FIN-07):</translation>
    </message>
    <message>
        <source>Amount written off (yuan), %1 outstanding:</source>
        <translation>Amount written off (yuan), %1 outstanding:</translation>
    </message>
    <message>
        <source>Settle %1</source>
        <translation>Settle %1</translation>
    </message>
    <message>
        <source>Settle %1? A settled account takes no further entry.</source>
        <translation>Settle %1? A settled account takes no further entry.</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Travellers</translation>
    </message>
    <message>
        <source>&amp;Travellers...</source>
        <translation>&amp;Travellers...</translation>
    </message>
    <message>
        <source>&amp;Budget sheet...</source>
        <translation>&amp;Budget sheet...</translation>
    </message>
    <message>
        <source>Budget sheet</source>
        <translation>Budget sheet</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Left on %1</translation>
    </message>
    <message>
        <source>Departure not recorded (FIN-11)</source>
        <translation>Departure not recorded (FIN-11)</translation>
    </message>
    <message>
        <source>Record the &amp;departure...</source>
        <translation>Record the &amp;departure...</translation>
    </message>
    <message>
        <source>Record the day the selected group left (FIN-07, FIN-11)</source>
        <translation>Record the day the selected group left (FIN-07, FIN-11)</translation>
    </message>
    <message>
        <source>Departure of %1</source>
        <translation>Departure of %1</translation>
    </message>
    <message>
        <source>Left on, YYYY-MM-DD (empty: %1):</source>
        <translation>Left on, YYYY-MM-DD (empty: %1):</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? It is recorded once, and its traveller list is then closed.</source>
        <translation>Record that %1 left on %2? It is recorded once, and its traveller list is then closed.</translation>
    </message>
    <message>
        <source>No group accounts here. Open one for a group or a customer with New group...; or choose All group accounts.</source>
        <translation>No group accounts here. Open one for a group or a customer with New group...; or choose All group accounts.</translation>
    </message>
    <message>
        <source>The general manager lets a group depart unpaid or writes off a bad debt.</source>
        <translation>The general manager lets a group depart unpaid or writes off a bad debt.</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
</context>
<context>
    <name>shopdesk::GuideWindow</name>
    <message>
        <source>ShopDesk user guide</source>
        <translation>ShopDesk user guide</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the program. It is in the program&apos;s source, in the folder docs/guide.</source>
        <translation>The user guide is not installed with this copy of the program. It is in the program&apos;s source, in the folder docs/guide.</translation>
    </message>
</context>
<context>
    <name>shopdesk::HandoverDialog</name>
    <message>
        <source>Record a handover of %1</source>
        <translation>Record a handover of %1</translation>
    </message>
    <message>
        <source>Someone else worked under the name %1. %1 must change the password at the next login.</source>
        <translation>Someone else worked under the name %1. %1 must change the password at the next login.</translation>
    </message>
    <message>
        <source>Who worked under the name:</source>
        <translation>Who worked under the name:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Department head who agreed:</source>
        <translation>Department head who agreed:</translation>
    </message>
</context>
<context>
    <name>shopdesk::HomePanel</name>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>Permission level:</source>
        <translation>Permission level:</translation>
    </message>
    <message>
        <source>Business roles:</source>
        <translation>Business roles:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Work areas:</source>
        <translation>Work areas:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>%1 (this program knows %2)</source>
        <translation>%1 (this program knows %2)</translation>
    </message>
    <message>
        <source>Choose an area on the left, or a line above to open its area. Areas you may not use are not listed; ask a database administrator for access.</source>
        <translation>Choose an area on the left, or a line above to open its area. Areas you may not use are not listed; ask a database administrator for access.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Nothing waits for you today.</source>
        <translation>Nothing waits for you today.</translation>
    </message>
    <message>
        <source>all (database administrator)</source>
        <translation>all (database administrator)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ImportPage</name>
    <message>
        <source>Import punches...</source>
        <translation>Import punches...</translation>
    </message>
    <message>
        <source>Import a time-clock file</source>
        <translation>Import a time-clock file</translation>
    </message>
    <message>
        <source>Time-clock files (*.dat *.txt *.csv *.xlsx);;All files (*)</source>
        <translation>Time-clock files (*.dat *.txt *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>ZKTeco USB logs (attlog.dat), ZKTime exports and DingTalk raw records (CSV or XLSX) are read. Nothing is written before you have seen the preview; importing the same file again adds nothing.</source>
        <translation>ZKTeco USB logs (attlog.dat), ZKTime exports and DingTalk raw records (CSV or XLSX) are read. Nothing is written before you have seen the preview; importing the same file again adds nothing.</translation>
    </message>
    <message>
        <source>PIN or staff no.</source>
        <translation>PIN or staff no.</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>Punches</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Punches of PINs no employee has: they count once the PIN is given to someone.</source>
        <translation>Punches of PINs no employee has: they count once the PIN is given to someone.</translation>
    </message>
    <message>
        <source>Imported %1 punches.</source>
        <translation>Imported %1 punches.</translation>
    </message>
    <message>
        <source>No punches without an employee here. HR clerks import a time-clock file with Import punches...; a punch whose PIN no employee has stays listed here.</source>
        <translation>No punches without an employee here. HR clerks import a time-clock file with Import punches...; a punch whose PIN no employee has stays listed here.</translation>
    </message>
</context>
<context>
    <name>shopdesk::InboxPanel</name>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Name a deputy...</source>
        <translation>Name a deputy...</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Waiting for me</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Decided by me</source>
        <translation>Decided by me</translation>
    </message>
    <message>
        <source>Select a request to see its steps.</source>
        <translation>Select a request to see its steps.</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>Waiting for me (%1)</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Withdraw request %1?</source>
        <translation>Withdraw request %1?</translation>
    </message>
    <message>
        <source>Name a deputy</source>
        <translation>Name a deputy</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Deputy:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>%1 decides your approvals from %2 to %3.</source>
        <translation>%1 decides your approvals from %2 to %3.</translation>
    </message>
    <message>
        <source>Save attachment...</source>
        <translation>Save attachment...</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>The selected request has no file attached.</source>
        <translation>The selected request has no file attached.</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Which file?</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Record phone approval...</source>
        <translation>Record phone approval...</translation>
    </message>
    <message>
        <source>Confirm phone approval</source>
        <translation>Confirm phone approval</translation>
    </message>
    <message>
        <source>Dispute...</source>
        <translation>Dispute...</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By phone (%1 to confirm)</source>
        <translation>By phone (%1 to confirm)</translation>
    </message>
    <message>
        <source>Did you approve request %1 by phone?
%2</source>
        <translation>Did you approve request %1 by phone?
%2</translation>
    </message>
    <message>
        <source>Dispute phone approval</source>
        <translation>Dispute phone approval</translation>
    </message>
    <message>
        <source>You did not approve request %1 by phone? Say what happened; the general manager is told.</source>
        <translation>You did not approve request %1 by phone? Say what happened; the general manager is told.</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Requests that need your approval appear here.</source>
        <translation>Nothing is waiting for you. Requests that need your approval appear here.</translation>
    </message>
    <message>
        <source>You have not asked for anything yet. What you send for approval (leave, expenses, purchases...) is followed here.</source>
        <translation>You have not asked for anything yet. What you send for approval (leave, expenses, purchases...) is followed here.</translation>
    </message>
    <message>
        <source>You have not decided anything yet. The requests you approve or reject are kept here.</source>
        <translation>You have not decided anything yet. The requests you approve or reject are kept here.</translation>
    </message>
    <message>
        <source>No approvals by phone to record or confirm.</source>
        <translation>No approvals by phone to record or confirm.</translation>
    </message>
    <message>
        <source>Select a request in the list first.</source>
        <translation>Select a request in the list first.</translation>
    </message>
</context>
<context>
    <name>shopdesk::InvoiceDialog</name>
    <message>
        <source>Invoice for %1</source>
        <translation>Invoice for %1</translation>
    </message>
    <message>
        <source>The number printed on the invoice</source>
        <translation>The number printed on the invoice</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Invoiced before</source>
        <translation>Invoiced before</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>&amp;Record invoice</source>
        <translation>&amp;Record invoice</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>Invoice &amp;number:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Invoice &amp;date:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (yuan, at most two decimals).</source>
        <translation>%1: &quot;%2&quot; is not an amount (yuan, at most two decimals).</translation>
    </message>
    <message>
        <source>Give the quantity of at least one line.</source>
        <translation>Give the quantity of at least one line.</translation>
    </message>
    <message>
        <source>Matches the order and the delivery (%1): a payment voucher goes for signature.</source>
        <translation>Matches the order and the delivery (%1): a payment voucher goes for signature.</translation>
    </message>
    <message>
        <source>Does not match; the difference goes to the supervisor and the department manager:
%1</source>
        <translation>Does not match; the difference goes to the supervisor and the department manager:
%1</translation>
    </message>
</context>
<context>
    <name>shopdesk::InvoiceScansDialog</name>
    <message>
        <source>Invoices of %1 %2</source>
        <translation>Invoices of %1 %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>&amp;Save the scan...</source>
        <translation>&amp;Save the scan...</translation>
    </message>
    <message>
        <source>this reimbursement</source>
        <translation>this reimbursement</translation>
    </message>
    <message>
        <source>Save the scan</source>
        <translation>Save the scan</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>shopdesk::InvoicesPage</name>
    <message>
        <source>Only differences &amp;waiting for approval</source>
        <translation>Only differences &amp;waiting for approval</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>Payment voucher</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>No supplier invoices here. A supplies clerk records one with Record invoice... on the Purchasing tab; or change the filter.</source>
        <translation>No supplier invoices here. A supplies clerk records one with Record invoice... on the Purchasing tab; or change the filter.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>shopdesk::LoansPage</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Not yet back</source>
        <translation>Not yet back</translation>
    </message>
    <message>
        <source>Every loan</source>
        <translation>Every loan</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Take back</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>What for</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>Hand &amp;out</source>
        <translation>Hand &amp;out</translation>
    </message>
    <message>
        <source>Nothing is out on loan. A loan starts with Borrow... on the Contracts tab; or choose Every loan.</source>
        <translation>Nothing is out on loan. A loan starts with Borrow... on the Contracts tab; or choose Every loan.</translation>
    </message>
    <message>
        <source>Select a loan in the list first.</source>
        <translation>Select a loan in the list first.</translation>
    </message>
</context>
<context>
    <name>shopdesk::LoginDialog</name>
    <message>
        <source>ShopDesk: sign in</source>
        <translation>ShopDesk: sign in</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Other database...</source>
        <translation>Other database...</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Company server %1: sign in with your ShopDesk name and password.</source>
        <translation>Company server %1: sign in with your ShopDesk name and password.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
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
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>Change my &amp;password...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ShopDesk</source>
        <translation>&amp;About ShopDesk</translation>
    </message>
    <message>
        <source>About ShopDesk</source>
        <translation>About ShopDesk</translation>
    </message>
    <message>
        <source>ShopDesk %1
The back office of a small e-commerce company.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>ShopDesk %1
The back office of a small e-commerce company.
Licensed under the GNU GPL, version 3 or later.</translation>
    </message>
    <message>
        <source>Waiting for another PC to finish saving...</source>
        <translation>Waiting for another PC to finish saving...</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Automatic backup made: %1</source>
        <translation>Automatic backup made: %1</translation>
    </message>
    <message>
        <source>Help for this page (F1)</source>
        <translation>Help for this page (F1)</translation>
    </message>
    <message>
        <source>Opens the user guide at this page&apos;s section</source>
        <translation>Opens the user guide at this page&apos;s section</translation>
    </message>
    <message>
        <source>Help for this &amp;page</source>
        <translation>Help for this &amp;page</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
</context>
<context>
    <name>shopdesk::MonthClosePage</name>
    <message>
        <source>Re&amp;open...</source>
        <translation>Re&amp;open...</translation>
    </message>
    <message>
        <source>&amp;Print preview...</source>
        <translation>&amp;Print preview...</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;XLSX...</source>
        <translation>&amp;XLSX...</translation>
    </message>
    <message>
        <source>%1 is closed: no money entry dated in it is accepted.</source>
        <translation>%1 is closed: no money entry dated in it is accepted.</translation>
    </message>
    <message>
        <source>Nothing blocks the close.</source>
        <translation>Nothing blocks the close.</translation>
    </message>
    <message numerus="yes">
        <source>%n advance(s) not yet cleared, %1 in all (listed on the summary).</source>
        <translation>
            <numerusform>%n advance not yet cleared, %1 in all (listed on the summary).</numerusform>
            <numerusform>%n advances not yet cleared, %1 in all (listed on the summary).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <source>Close %1? No cash entry, voucher payment, advance, reimbursement or allowance dated in it will be accepted afterwards; only the general manager can reopen it.</source>
        <translation>Close %1? No cash entry, voucher payment, advance, reimbursement or allowance dated in it will be accepted afterwards; only the general manager can reopen it.</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>Reopen the month</translation>
    </message>
    <message>
        <source>Why is the month reopened?</source>
        <translation>Why is the month reopened?</translation>
    </message>
    <message>
        <source>C&amp;lose the month...</source>
        <translation>C&amp;lose the month...</translation>
    </message>
    <message>
        <source>The chief accountant closes the month.</source>
        <translation>The chief accountant closes the month.</translation>
    </message>
    <message>
        <source>The general manager reopens a closed month, with the reason.</source>
        <translation>The general manager reopens a closed month, with the reason.</translation>
    </message>
</context>
<context>
    <name>shopdesk::MonthGridModel</name>
    <message>
        <source>Changed after confirmation: %1</source>
        <translation>Changed after confirmation: %1</translation>
    </message>
    <message>
        <source>%1 (%2)
Morning: %3
Afternoon: %4</source>
        <translation>%1 (%2)
Morning: %3
Afternoon: %4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Fines</source>
        <translation>Fines</translation>
    </message>
</context>
<context>
    <name>shopdesk::MonthPage</name>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source> Department:</source>
        <translation> Department:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Print preview...</translation>
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
        <translation>Confirm month</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Filter by name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the month...</source>
        <translation>Reading the month...</translation>
    </message>
    <message>
        <source>Confirmed by HR</source>
        <translation>Confirmed by HR</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Not yet confirmed</translation>
    </message>
    <message>
        <source>Late or early</source>
        <translation>Late or early</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Late or early, and absent, per day: %1</source>
        <translation>Late or early, and absent, per day: %1</translation>
    </message>
    <message>
        <source>attendance-%1</source>
        <translation>attendance-%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save the attendance report</source>
        <translation>Save the attendance report</translation>
    </message>
    <message>
        <source>Attendance report</source>
        <translation>Attendance report</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>Confirm %1</translation>
    </message>
    <message>
        <source>Confirm the attendance of %1 for every department? Later changes are allowed only where a rule allows late filing, and are flagged on the report.</source>
        <translation>Confirm the attendance of %1 for every department? Later changes are allowed only where a rule allows late filing, and are flagged on the report.</translation>
    </message>
    <message>
        <source>No one on this month&apos;s sheet. Employees are added under Employees; or change the month, the department or the filter.</source>
        <translation>No one on this month&apos;s sheet. Employees are added under Employees; or change the month, the department or the filter.</translation>
    </message>
</context>
<context>
    <name>shopdesk::MovementDialog</name>
    <message>
        <source>Scan or type the item code, then Enter</source>
        <translation>Scan or type the item code, then Enter</translation>
    </message>
    <message>
        <source>&amp;Item code:</source>
        <translation>&amp;Item code:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>only when none are on the shelf</source>
        <translation>only when none are on the shelf</translation>
    </message>
    <message>
        <source>yuan, such as 12.50</source>
        <translation>yuan, such as 12.50</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>Unit &amp;price:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>order, request or delivery note number</source>
        <translation>order, request or delivery note number</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 on hand</source>
        <translation>%1 %2, %3 %4 on hand</translation>
    </message>
    <message>
        <source>No item chosen.</source>
        <translation>No item chosen.</translation>
    </message>
</context>
<context>
    <name>shopdesk::NewPasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <source>Use letters and digits, do not start with a digit, and do not reuse a recent password.</source>
        <translation>Use letters and digits, do not start with a digit, and do not reuse a recent password.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>shopdesk::OffboardingDialog</name>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record the resignation</source>
        <translation>Record the resignation</translation>
    </message>
    <message>
        <source>Issue an item...</source>
        <translation>Issue an item...</translation>
    </message>
    <message>
        <source>Waive the short notice</source>
        <translation>Waive the short notice</translation>
    </message>
    <message>
        <source>Notice given on:</source>
        <translation>Notice given on:</translation>
    </message>
    <message>
        <source>Last working day:</source>
        <translation>Last working day:</translation>
    </message>
    <message>
        <source>Company property issued (HR-02):</source>
        <translation>Company property issued (HR-02):</translation>
    </message>
    <message>
        <source>Offboarding: %1</source>
        <translation>Offboarding: %1</translation>
    </message>
    <message>
        <source>Settlement: %1</source>
        <translation>Settlement: %1</translation>
    </message>
    <message>
        <source>Issue an item</source>
        <translation>Issue an item</translation>
    </message>
    <message>
        <source>What is handed out (laptop, key, document...):</source>
        <translation>What is handed out (laptop, key, document...):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Select an item first.</translation>
    </message>
    <message>
        <source>Why is it written off?</source>
        <translation>Why is it written off?</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Mark returned</translation>
    </message>
    <message>
        <source>Write off...</source>
        <translation>Write off...</translation>
    </message>
</context>
<context>
    <name>shopdesk::OrderDialog</name>
    <message>
        <source>Order for %1</source>
        <translation>Order for %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Agreed unit price</source>
        <translation>Agreed unit price</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Quote for the whole order (yuan)</source>
        <translation>Quote for the whole order (yuan)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>such as 1280.00</source>
        <translation>such as 1280.00</translation>
    </message>
    <message>
        <source>Quote %1:</source>
        <translation>Quote %1:</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <source>needed when the chosen quote is not the cheapest (SUP-03)</source>
        <translation>needed when the chosen quote is not the cheapest (SUP-03)</translation>
    </message>
    <message>
        <source>Order &amp;from:</source>
        <translation>Order &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Why this supplier:</source>
        <translation>&amp;Why this supplier:</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>&amp;Delivery date:</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Place order</translation>
    </message>
    <message>
        <source>%1, requested by %2: %3</source>
        <translation>%1, requested by %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quote %1: &quot;%2&quot; is not an amount in yuan, such as 1280.00.</source>
        <translation>Quote %1: &quot;%2&quot; is not an amount in yuan, such as 1280.00.</translation>
    </message>
</context>
<context>
    <name>shopdesk::OrderFoldersDialog</name>
    <message>
        <source>Watched order folders</source>
        <translation>Watched order folders</translation>
    </message>
    <message>
        <source>An export dropped into a channel&apos;s folder imports by itself when the order list next refreshes, then moves to the folder&apos;s &quot;imported&quot; folder (or &quot;refused&quot;, with a note naming why).</source>
        <translation>An export dropped into a channel&apos;s folder imports by itself when the order list next refreshes, then moves to the folder&apos;s &quot;imported&quot; folder (or &quot;refused&quot;, with a note naming why).</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>\\server\share\orders\jd, or empty to stop watching</source>
        <translation>\\server\share\orders\jd, or empty to stop watching</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>The channel&apos;s folder</source>
        <translation>The channel&apos;s folder</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Save the channel&apos;s folder</source>
        <translation>&amp;Save the channel&apos;s folder</translation>
    </message>
    <message>
        <source>its saved columns</source>
        <translation>its saved columns</translation>
    </message>
    <message>
        <source>as the channel exports it</source>
        <translation>as the channel exports it</translation>
    </message>
</context>
<context>
    <name>shopdesk::OrderImportDialog</name>
    <message>
        <source>Import orders: %1</source>
        <translation>Import orders: %1</translation>
    </message>
    <message>
        <source>Taobao / Tmall seller order report</source>
        <translation>Taobao / Tmall seller order report</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify orders export</translation>
    </message>
    <message>
        <source>Another channel, by its columns</source>
        <translation>Another channel, by its columns</translation>
    </message>
    <message>
        <source>jd, pdd, douyin, woocommerce ...</source>
        <translation>jd, pdd, douyin, woocommerce ...</translation>
    </message>
    <message>
        <source>The file &amp;is:</source>
        <translation>The file &amp;is:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>Cu&amp;rrency:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Which of the file&apos;s columns holds what, by its header; saved for the channel&apos;s next file.</source>
        <translation>Which of the file&apos;s columns holds what, by its header; saved for the channel&apos;s next file.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Consignee</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>At the channel</source>
        <translation>At the channel</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Orders the import adds</source>
        <translation>Orders the import adds</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>shopdesk::OrdersPage</name>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>New orders</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s): %1</source>
        <translation>
            <numerusform>%n new order: %1</numerusform>
            <numerusform>%n new orders: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>contact the customer (ORD-02)</source>
        <translation>contact the customer (ORD-02)</translation>
    </message>
    <message>
        <source>hand over to operations (ORD-03)</source>
        <translation>hand over to operations (ORD-03)</translation>
    </message>
    <message>
        <source>%1 %2: %3 to %4</source>
        <translation>%1 %2: %3 to %4</translation>
    </message>
    <message>
        <source>Orders near their time limit</source>
        <translation>Orders near their time limit</translation>
    </message>
    <message numerus="yes">
        <source>Read at %1; %n new order(s) marked until opened.</source>
        <translation>
            <numerusform>Read at %1; %n new order marked until opened.</numerusform>
            <numerusform>Read at %1; %n new orders marked until opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read at %1.</source>
        <translation>Read at %1.</translation>
    </message>
    <message>
        <source>ShopDesk orders</source>
        <translation>ShopDesk orders</translation>
    </message>
    <message>
        <source>Choose an order in the list first.</source>
        <translation>Choose an order in the list first.</translation>
    </message>
    <message>
        <source>Order folders</source>
        <translation>Order folders</translation>
    </message>
    <message numerus="yes">
        <source>Many new orders arrived (an import, perhaps); the first %n are marked.</source>
        <translation>
            <numerusform>Many new orders arrived (an import, perhaps); the first %n are marked.</numerusform>
            <numerusform>Many new orders arrived (an import, perhaps); the first %n are marked.</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Any day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Only &amp;running clocks</source>
        <translation>Only &amp;running clocks</translation>
    </message>
    <message>
        <source>Orders waiting for the customer&apos;s contact (ORD-02) or the hand-over (ORD-03)</source>
        <translation>Orders waiting for the customer&apos;s contact (ORD-02) or the hand-over (ORD-03)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Refresh now</translation>
    </message>
    <message>
        <source>&amp;Import a channel&apos;s export...</source>
        <translation>&amp;Import a channel&apos;s export...</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Import orders</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.xlsx)</source>
        <translation>Order exports (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Watched &amp;folders...</source>
        <translation>Watched &amp;folders...</translation>
    </message>
    <message>
        <source>Folders whose order exports import by themselves, one per channel</source>
        <translation>Folders whose order exports import by themselves, one per channel</translation>
    </message>
    <message>
        <source>Packing table: scan a packing slip</source>
        <translation>Packing table: scan a packing slip</translation>
    </message>
    <message>
        <source>Scan a packing slip</source>
        <translation>Scan a packing slip</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Refresh every</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The list reads the orders again by itself, at least every 10 minutes (ORD-01).</source>
        <translation>The list reads the orders again by itself, at least every 10 minutes (ORD-01).</translation>
    </message>
    <message>
        <source>&amp;Web shop...</source>
        <translation>&amp;Web shop...</translation>
    </message>
    <message>
        <source>The company&apos;s own web shop (WooCommerce or Shopify), whose orders this PC pulls</source>
        <translation>The company&apos;s own web shop (WooCommerce or Shopify), whose orders this PC pulls</translation>
    </message>
    <message>
        <source>Web shop %1: %2</source>
        <translation>Web shop %1: %2</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Web shop</translation>
    </message>
    <message>
        <source>No orders here. Bring a channel&apos;s orders in with Import a channel&apos;s export..., or connect the web shop; or change the filter.</source>
        <translation>No orders here. Bring a channel&apos;s orders in with Import a channel&apos;s export..., or connect the web shop; or change the filter.</translation>
    </message>
    <message>
        <source>Order number, phone or buyer (Ctrl+F)</source>
        <translation>Order number, phone or buyer (Ctrl+F)</translation>
    </message>
    <message>
        <source>The whole order number, phone or buyer&apos;s account; from 7 characters on, also its start.</source>
        <translation>The whole order number, phone or buyer&apos;s account; from 7 characters on, also its start.</translation>
    </message>
</context>
<context>
    <name>shopdesk::PeoplePanel</name>
    <message>
        <source>New...</source>
        <translation>New...</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Open...</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Mark verified</translation>
    </message>
    <message>
        <source>Assessment...</source>
        <translation>Assessment...</translation>
    </message>
    <message>
        <source>Offboarding...</source>
        <translation>Offboarding...</translation>
    </message>
    <message>
        <source>Filter by name, staff number, department or phone (Ctrl+F)</source>
        <translation>Filter by name, staff number, department or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Verified by HR</source>
        <translation>Verified by HR</translation>
    </message>
    <message>
        <source>(personal)</source>
        <translation>(personal)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>New employee</translation>
    </message>
    <message>
        <source>Special hire: assessed before probation (HR-04)</source>
        <translation>Special hire: assessed before probation (HR-04)</translation>
    </message>
    <message>
        <source>Staff no.:</source>
        <translation>Staff no.:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Direct supervisor:</source>
        <translation>Direct supervisor:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Time-clock PIN:</source>
        <translation>Time-clock PIN:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>Hire date:</translation>
    </message>
    <message>
        <source>ID card number:</source>
        <translation>ID card number:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>Emergency contact:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Education:</translation>
    </message>
    <message>
        <source>Personal data is shown only to HR, the person and their managers (DB-04).</source>
        <translation>Personal data is shown only to HR, the person and their managers (DB-04).</translation>
    </message>
    <message>
        <source>Verified by HR:</source>
        <translation>Verified by HR:</translation>
    </message>
    <message>
        <source>Select an employee first.</source>
        <translation>Select an employee first.</translation>
    </message>
    <message>
        <source>Assessment of %1 (HR-04)</source>
        <translation>Assessment of %1 (HR-04)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Written exam:</source>
        <translation>Written exam:</translation>
    </message>
    <message>
        <source>Practical exam:</source>
        <translation>Practical exam:</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>Assessor:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Probation until (if passed):</source>
        <translation>Probation until (if passed):</translation>
    </message>
    <message>
        <source>Import a list...</source>
        <translation>Import a list...</translation>
    </message>
    <message>
        <source>Import an employee list</source>
        <translation>Import an employee list</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.xlsx)</source>
        <translation>Employee lists (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>New employees: %1</source>
        <translation>New employees: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Bad rows: %1</source>
        <translation>Bad rows: %1</translation>
    </message>
    <message>
        <source>  line %1, %2 &quot;%3&quot;: %4</source>
        <translation>  line %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <source>Import the new and changed employees?</source>
        <translation>Import the new and changed employees?</translation>
    </message>
    <message>
        <source>Departments...</source>
        <translation>Departments...</translation>
    </message>
    <message>
        <source>No employees yet. Add the departments with Departments... first; then add the people one by one with New..., or bring the whole list in with Import a list... (an Excel or CSV file).</source>
        <translation>No employees yet. Add the departments with Departments... first; then add the people one by one with New..., or bring the whole list in with Import a list... (an Excel or CSV file).</translation>
    </message>
</context>
<context>
    <name>shopdesk::PolicyPage</name>
    <message>
        <source>Early leave counts as absence (the strict reading)</source>
        <translation>Early leave counts as absence (the strict reading)</translation>
    </message>
    <message>
        <source>A missing punch counts as half a day&apos;s absence</source>
        <translation>A missing punch counts as half a day&apos;s absence</translation>
    </message>
    <message>
        <source>The administrative week is Monday to Sunday (the literal reading)</source>
        <translation>The administrative week is Monday to Sunday (the literal reading)</translation>
    </message>
    <message>
        <source>Up to minutes</source>
        <translation>Up to minutes</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <source>Lateness and early leave</source>
        <translation>Lateness and early leave</translation>
    </message>
    <message>
        <source>Grace minutes (ATT-03):</source>
        <translation>Grace minutes (ATT-03):</translation>
    </message>
    <message>
        <source>Fine tiers (ATT-05); beyond the last is absence (ABS-01 c):</source>
        <translation>Fine tiers (ATT-05); beyond the last is absence (ABS-01 c):</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Add tier</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Remove tier</translation>
    </message>
    <message>
        <source>Fined from occurrence (ATT-05):</source>
        <translation>Fined from occurrence (ATT-05):</translation>
    </message>
    <message>
        <source>Reminder at occurrence (ATT-06):</source>
        <translation>Reminder at occurrence (ATT-06):</translation>
    </message>
    <message>
        <source>Warning at occurrence:</source>
        <translation>Warning at occurrence:</translation>
    </message>
    <message>
        <source>Public notice from occurrence:</source>
        <translation>Public notice from occurrence:</translation>
    </message>
    <message>
        <source>Months in a row with a notice before dismissal review:</source>
        <translation>Months in a row with a notice before dismissal review:</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>First absence in a month (ABS-02):</source>
        <translation>First absence in a month (ABS-02):</translation>
    </message>
    <message>
        <source>Each later absence:</source>
        <translation>Each later absence:</translation>
    </message>
    <message>
        <source>Working days absent in a row for dismissal review:</source>
        <translation>Working days absent in a row for dismissal review:</translation>
    </message>
    <message>
        <source>Days absent in a year for dismissal review:</source>
        <translation>Days absent in a year for dismissal review:</translation>
    </message>
    <message>
        <source>Proxy punching, each party (ATT-09):</source>
        <translation>Proxy punching, each party (ATT-09):</translation>
    </message>
    <message>
        <source>Make-up punches a month (ATT-12):</source>
        <translation>Make-up punches a month (ATT-12):</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <source>Simulate last month...</source>
        <translation>Simulate last month...</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Attendance policy</source>
        <translation>Attendance policy</translation>
    </message>
    <message>
        <source>Saved; the change is in the audit log.</source>
        <translation>Saved; the change is in the audit log.</translation>
    </message>
    <message>
        <source>%1 under the draft policy</source>
        <translation>%1 under the draft policy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Days that change</source>
        <translation>Days that change</translation>
    </message>
    <message>
        <source>Absent days</source>
        <translation>Absent days</translation>
    </message>
    <message>
        <source>Fines</source>
        <translation>Fines</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Nobody&apos;s month would change.</source>
        <translation>Nobody&apos;s month would change.</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) would see a different month. Nothing is saved until you press Save policy.</source>
        <translation>
            <numerusform>%n employee would see a different month. Nothing is saved until you press Save policy.</numerusform>
            <numerusform>%n employees would see a different month. Nothing is saved until you press Save policy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marriage leave, days (LEAVE-06):</source>
        <translation>Marriage leave, days (LEAVE-06):</translation>
    </message>
    <message>
        <source>Bereavement leave, days (LEAVE-06):</source>
        <translation>Bereavement leave, days (LEAVE-06):</translation>
    </message>
    <message>
        <source>Overtime and comp time</source>
        <translation>Overtime and comp time</translation>
    </message>
    <message>
        <source>Working-day overtime (HOL-02):</source>
        <translation>Working-day overtime (HOL-02):</translation>
    </message>
    <message>
        <source>Rest-day overtime without comp time:</source>
        <translation>Rest-day overtime without comp time:</translation>
    </message>
    <message>
        <source>Statutory-holiday overtime:</source>
        <translation>Statutory-holiday overtime:</translation>
    </message>
    <message>
        <source>Comp time not taken is paid out after, months (OT-02):</source>
        <translation>Comp time not taken is paid out after, months (OT-02):</translation>
    </message>
</context>
<context>
    <name>shopdesk::PriceChangeDialog</name>
    <message>
        <source>New price for %1</source>
        <translation>New price for %1</translation>
    </message>
    <message>
        <source>yuan, such as 35.00</source>
        <translation>yuan, such as 35.00</translation>
    </message>
    <message>
        <source>Competitor&apos;s shop</source>
        <translation>Competitor&apos;s shop</translation>
    </message>
    <message>
        <source>Their price</source>
        <translation>Their price</translation>
    </message>
    <message>
        <source>&amp;Another competitor</source>
        <translation>&amp;Another competitor</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>%1 %2 %3, now %4</source>
        <translation>%1 %2 %3, now %4</translation>
    </message>
    <message>
        <source>&amp;New price:</source>
        <translation>&amp;New price:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>As&amp;k the leader</source>
        <translation>As&amp;k the leader</translation>
    </message>
    <message>
        <source>The competitors&apos; prices for the same article (PRD-01):</source>
        <translation>The competitors&apos; prices for the same article (PRD-01):</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a price in yuan.</source>
        <translation>Row %1: &quot;%2&quot; is not a price in yuan.</translation>
    </message>
    <message>
        <source>No competitor&apos;s price yet.</source>
        <translation>No competitor&apos;s price yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n competitor(s): lowest %1, average %2, highest %3.</source>
        <translation>
            <numerusform>%n competitor: lowest %1, average %2, highest %3.</numerusform>
            <numerusform>%n competitors: lowest %1, average %2, highest %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sell(s) for less than the new price.</source>
        <translation>
            <numerusform>%n sells for less than the new price.</numerusform>
            <numerusform>%n sell for less than the new price.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new price in yuan.</source>
        <translation>Give the new price in yuan.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <source>colour, size, weight ...</source>
        <translation>colour, size, weight ...</translation>
    </message>
    <message>
        <source>EAN-13 from the package, or the shop&apos;s own code</source>
        <translation>EAN-13 from the package, or the shop&apos;s own code</translation>
    </message>
    <message>
        <source>yuan, such as 15.00</source>
        <translation>yuan, such as 15.00</translation>
    </message>
    <message>
        <source>yuan, such as 39.00</source>
        <translation>yuan, such as 39.00</translation>
    </message>
    <message>
        <source>A price changes through a price change the leader approves (PRD-01).</source>
        <translation>A price changes through a price change the leader approves (PRD-01).</translation>
    </message>
    <message>
        <source>&amp;SKU code:</source>
        <translation>&amp;SKU code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Specificatio&amp;n:</source>
        <translation>Specificatio&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Price:</translation>
    </message>
    <message>
        <source>Price (PRD-01):</source>
        <translation>Price (PRD-01):</translation>
    </message>
    <message>
        <source>&amp;Low stock at:</source>
        <translation>&amp;Low stock at:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1, %2 on hand</source>
        <translation>%1, %2 on hand</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>Old price</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>New price</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>first price</source>
        <translation>first price</translation>
    </message>
    <message>
        <source>Price history (PRD-01)</source>
        <translation>Price history (PRD-01)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>&quot;%1&quot; is not an amount in yuan.</translation>
    </message>
    <message>
        <source>Add a &amp;picture...</source>
        <translation>Add a &amp;picture...</translation>
    </message>
    <message>
        <source>&amp;Remove the picture</source>
        <translation>&amp;Remove the picture</translation>
    </message>
    <message>
        <source>Pictures for the shop pages (at most 500 KB each, WEB-04)</source>
        <translation>Pictures for the shop pages (at most 500 KB each, WEB-04)</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Add a picture</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>%1
%2 KB</source>
        <translation>%1
%2 KB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Choose a picture first.</source>
        <translation>Choose a picture first.</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Remove the picture</translation>
    </message>
    <message>
        <source>Remove %1 from the product&apos;s pictures?</source>
        <translation>Remove %1 from the product&apos;s pictures?</translation>
    </message>
</context>
<context>
    <name>shopdesk::ProductImportDialog</name>
    <message>
        <source>Import a product list</source>
        <translation>Import a product list</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>new, at %1, as a draft</source>
        <translation>new, at %1, as a draft</translation>
    </message>
    <message>
        <source>card changed</source>
        <translation>card changed</translation>
    </message>
    <message>
        <source>What the import writes</source>
        <translation>What the import writes</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Rows not imported</translation>
    </message>
</context>
<context>
    <name>shopdesk::ProductsPage</name>
    <message>
        <source>SKU code, barcode or any part of the title (Ctrl+F)</source>
        <translation>SKU code, barcode or any part of the title (Ctrl+F)</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;New...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>&amp;Stock...</source>
        <translation>&amp;Stock...</translation>
    </message>
    <message>
        <source>Book a receipt, a sale, a customer return or a count&apos;s difference (PRD-04)</source>
        <translation>Book a receipt, a sale, a customer return or a count&apos;s difference (PRD-04)</translation>
    </message>
    <message>
        <source>Ask the leader for a new price, with the competitors&apos; prices (PRD-01)</source>
        <translation>Ask the leader for a new price, with the competitors&apos; prices (PRD-01)</translation>
    </message>
    <message>
        <source>&amp;Take off sale...</source>
        <translation>&amp;Take off sale...</translation>
    </message>
    <message>
        <source>&amp;Import a list...</source>
        <translation>&amp;Import a list...</translation>
    </message>
    <message>
        <source>Import a product list</source>
        <translation>Import a product list</translation>
    </message>
    <message>
        <source>Product lists (*.csv *.xlsx)</source>
        <translation>Product lists (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The product manager asks for this (PRD-01, PRD-02).</source>
        <translation>The product manager asks for this (PRD-01, PRD-02).</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (low)</translation>
    </message>
    <message>
        <source>Choose a product in the list first.</source>
        <translation>Choose a product in the list first.</translation>
    </message>
    <message>
        <source>Why should %1 %2 be %3? The leader reads it.</source>
        <translation>Why should %1 %2 be %3? The leader reads it.</translation>
    </message>
    <message>
        <source>Asked: the leader approves it, then the web editor carries it out (PRD-02).</source>
        <translation>Asked: the leader approves it, then the web editor carries it out (PRD-02).</translation>
    </message>
    <message>
        <source>Lab&amp;els</source>
        <translation>Lab&amp;els</translation>
    </message>
    <message>
        <source>Labels of the selected product: print preview...</source>
        <translation>Labels of the selected product: print preview...</translation>
    </message>
    <message>
        <source>Labels of the selected product: save as PDF...</source>
        <translation>Labels of the selected product: save as PDF...</translation>
    </message>
    <message>
        <source>Labels of %1:</source>
        <translation>Labels of %1:</translation>
    </message>
    <message>
        <source>Only lo&amp;w on stock</source>
        <translation>Only lo&amp;w on stock</translation>
    </message>
    <message>
        <source>New pri&amp;ce...</source>
        <translation>New pri&amp;ce...</translation>
    </message>
    <message>
        <source>P&amp;ut on sale...</source>
        <translation>P&amp;ut on sale...</translation>
    </message>
    <message>
        <source>No products here. Add one, or import the product list with Import a list...; or change the filter.</source>
        <translation>No products here. Add one, or import the product list with Import a list...; or change the filter.</translation>
    </message>
</context>
<context>
    <name>shopdesk::PromotionDialog</name>
    <message>
        <source>Propose a promotion</source>
        <translation>Propose a promotion</translation>
    </message>
    <message>
        <source>what, for whom, why</source>
        <translation>what, for whom, why</translation>
    </message>
    <message>
        <source>SKU codes or barcodes, separated by commas or spaces</source>
        <translation>SKU codes or barcodes, separated by commas or spaces</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idea:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Products:</translation>
    </message>
    <message>
        <source>Specify &quot;%1&quot;</source>
        <translation>Specify &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Promotion:</source>
        <translation>Promotion:</translation>
    </message>
    <message>
        <source>yuan, under every product&apos;s price</source>
        <translation>yuan, under every product&apos;s price</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Offer:</translation>
    </message>
    <message>
        <source>&amp;Percentage off:</source>
        <translation>&amp;Percentage off:</translation>
    </message>
    <message>
        <source>Promotion p&amp;rice:</source>
        <translation>Promotion p&amp;rice:</translation>
    </message>
    <message>
        <source>&amp;Buy:</source>
        <translation>&amp;Buy:</translation>
    </message>
    <message>
        <source>Pay for:</source>
        <translation>Pay for:</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>Send to the &amp;leader</source>
        <translation>Send to the &amp;leader</translation>
    </message>
    <message>
        <source>Give the promotion price in yuan.</source>
        <translation>Give the promotion price in yuan.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 to %3</translation>
    </message>
</context>
<context>
    <name>shopdesk::PromotionsPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>The planner proposes (PRD-03).</source>
        <translation>The planner proposes (PRD-03).</translation>
    </message>
    <message>
        <source>The product manager specifies the offer and sends it to the leader (PRD-03).</source>
        <translation>The product manager specifies the offer and sends it to the leader (PRD-03).</translation>
    </message>
    <message>
        <source>The web editor publishes what the leader approved (PRD-03).</source>
        <translation>The web editor publishes what the leader approved (PRD-03).</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Specified by</source>
        <translation>Specified by</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>Promotions running between</source>
        <translation>Promotions running between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Choose a promotion first.</source>
        <translation>Choose a promotion first.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdraw the promotion &quot;%1&quot;?</source>
        <translation>Withdraw the promotion &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Pr&amp;opose...</source>
        <translation>Pr&amp;opose...</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>Pu&amp;blish</translation>
    </message>
    <message>
        <source>No promotions in these dates. The planner proposes one with Propose...; or change the dates.</source>
        <translation>No promotions in these dates. The planner proposes one with Propose...; or change the dates.</translation>
    </message>
    <message>
        <source>Sp&amp;ecify the offer...</source>
        <translation>Sp&amp;ecify the offer...</translation>
    </message>
</context>
<context>
    <name>shopdesk::PunchImportDialog</name>
    <message>
        <source>PIN or staff no.</source>
        <translation>PIN or staff no.</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>New punches</source>
        <translation>New punches</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import punches from %1</source>
        <translation>Import punches from %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Unknown people</source>
        <translation>Unknown people</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Bad rows</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Reading %1...</translation>
    </message>
    <message>
        <source>Reading the time-clock file...</source>
        <translation>Reading the time-clock file...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing punches...</source>
        <translation>Importing punches...</translation>
    </message>
    <message>
        <source>Import punches</source>
        <translation>Import punches</translation>
    </message>
</context>
<context>
    <name>shopdesk::PurchasingPage</name>
    <message>
        <source>&amp;Receive delivery...</source>
        <translation>&amp;Receive delivery...</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Why this supplier</source>
        <translation>Why this supplier</translation>
    </message>
    <message>
        <source>Purchase requests (new ones come from the reorder suggestions):</source>
        <translation>Purchase requests (new ones come from the reorder suggestions):</translation>
    </message>
    <message>
        <source>Purchase orders:</source>
        <translation>Purchase orders:</translation>
    </message>
    <message>
        <source>The delivery is overdue</source>
        <translation>The delivery is overdue</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Place order</translation>
    </message>
    <message>
        <source>Choose an approved purchase request first.</source>
        <translation>Choose an approved purchase request first.</translation>
    </message>
    <message>
        <source>Receive delivery</source>
        <translation>Receive delivery</translation>
    </message>
    <message>
        <source>Choose an open purchase order first.</source>
        <translation>Choose an open purchase order first.</translation>
    </message>
    <message>
        <source>Record &amp;invoice...</source>
        <translation>Record &amp;invoice...</translation>
    </message>
    <message>
        <source>Record invoice</source>
        <translation>Record invoice</translation>
    </message>
    <message>
        <source>Choose the purchase order the invoice is for.</source>
        <translation>Choose the purchase order the invoice is for.</translation>
    </message>
    <message>
        <source>Place or&amp;der...</source>
        <translation>Place or&amp;der...</translation>
    </message>
    <message>
        <source>O&amp;nly open orders</source>
        <translation>O&amp;nly open orders</translation>
    </message>
    <message>
        <source>No purchase requests yet. Request purchase... on the Reorder suggestions tab makes one.</source>
        <translation>No purchase requests yet. Request purchase... on the Reorder suggestions tab makes one.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReceiptDialog</name>
    <message>
        <source>Delivery for %1</source>
        <translation>Delivery for %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Arrived before</source>
        <translation>Arrived before</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Arrived now</source>
        <translation>Arrived now</translation>
    </message>
    <message>
        <source>&amp;Everything outstanding arrived</source>
        <translation>&amp;Everything outstanding arrived</translation>
    </message>
    <message>
        <source>&amp;Book receipt</source>
        <translation>&amp;Book receipt</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <source>%1 from %2, due %3</source>
        <translation>%1 from %2, due %3</translation>
    </message>
    <message>
        <source>All %1 outstanding of %2 are counted already.</source>
        <translation>All %1 outstanding of %2 are counted already.</translation>
    </message>
    <message>
        <source>%1 is not on %2.</source>
        <translation>%1 is not on %2.</translation>
    </message>
    <message>
        <source>Scan a package: its item counts one more</source>
        <translation>Scan a package: its item counts one more</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReimbursementDialog</name>
    <message>
        <source>Reimburse %1</source>
        <translation>Reimburse %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 approved, %4 lent</source>
        <translation>%1, %2: %3 approved, %4 lent</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>&amp;Settled on:</source>
        <translation>&amp;Settled on:</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Issued on (YYYY-MM-DD)</source>
        <translation>Issued on (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>&amp;Add invoice</source>
        <translation>&amp;Add invoice</translation>
    </message>
    <message>
        <source>Attach s&amp;can...</source>
        <translation>Attach s&amp;can...</translation>
    </message>
    <message>
        <source>&amp;Reimburse</source>
        <translation>&amp;Reimburse</translation>
    </message>
    <message>
        <source>Invoice scan</source>
        <translation>Invoice scan</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Invoices %1: pay out %2.</source>
        <translation>Invoices %1: pay out %2.</translation>
    </message>
    <message>
        <source>Invoices %1: %2 comes back to the cash box.</source>
        <translation>Invoices %1: %2 comes back to the cash box.</translation>
    </message>
    <message>
        <source>Row %1, amount: &quot;%2&quot; is not an amount of money.</source>
        <translation>Row %1, amount: &quot;%2&quot; is not an amount of money.</translation>
    </message>
    <message>
        <source>Row %1, issued on: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Row %1, issued on: &quot;%2&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReorderPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Request &amp;purchase...</source>
        <translation>Request &amp;purchase...</translation>
    </message>
    <message>
        <source>The selected lines, or all of them, become one purchase request for approval</source>
        <translation>The selected lines, or all of them, become one purchase request for approval</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <source>Used per month</source>
        <translation>Used per month</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <source>Suggested quantity</source>
        <translation>Suggested quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase request</source>
        <translation>Purchase request</translation>
    </message>
    <message>
        <source>No item is at or under its reorder point.</source>
        <translation>No item is at or under its reorder point.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the reorder suggestions. What is the purchase for?</source>
        <translation>
            <numerusform>%n item from the reorder suggestions. What is the purchase for?</numerusform>
            <numerusform>%n items from the reorder suggestions. What is the purchase for?</numerusform>
        </translation>
    </message>
    <message>
        <source>PR-%1 waits for approval in the inbox of the office&apos;s head.</source>
        <translation>PR-%1 waits for approval in the inbox of the office&apos;s head.</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>On order</translation>
    </message>
    <message>
        <source>Nothing to reorder: no item is at or under its reorder point. Items and their reorder points are kept on the Stock tab.</source>
        <translation>Nothing to reorder: no item is at or under its reorder point. Items and their reorder points are kept on the Stock tab.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) at or under the reorder point.</source>
        <translation>
            <numerusform>%n item at or under the reorder point.</numerusform>
            <numerusform>%n items at or under the reorder point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quantity brings each back to its point and lasts through the lead time and one month more, at the average use of the last %n month(s).</source>
        <translation>
            <numerusform>The quantity brings each back to its point and lasts through the lead time and one month more, at the average use of the last month.</numerusform>
            <numerusform>The quantity brings each back to its point and lasts through the lead time and one month more, at the average use of the last %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReportBar</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;XLSX...</source>
        <translation>&amp;XLSX...</translation>
    </message>
    <message>
        <source>&amp;CSV...</source>
        <translation>&amp;CSV...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Print previe&amp;w...</source>
        <translation>Print previe&amp;w...</translation>
    </message>
    <message>
        <source>Printing and saving reports needs the work area &quot;%1&quot;; an administrator gives it in Administration.</source>
        <translation>Printing and saving reports needs the work area &quot;%1&quot;; an administrator gives it in Administration.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ReportsPage</name>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Use by department per month (yuan)</source>
        <translation>Use by department per month (yuan)</translation>
    </message>
</context>
<context>
    <name>shopdesk::RequestTableModel</name>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>special permission</source>
        <translation>special permission</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>From: %1, %2</source>
        <translation>From: %1, %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Figures: %1</translation>
    </message>
    <message>
        <source>%1. %2, %3: </source>
        <translation>%1. %2, %3: </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source> by phone (%1, recorded by %2)</source>
        <translation> by phone (%1, recorded by %2)</translation>
    </message>
    <message>
        <source> by %1 as deputy</source>
        <translation> by %1 as deputy</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Approved steps</source>
        <translation>Approved steps</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>Asks for: %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2 KB)</source>
        <translation>Attached: %1 (%2 KB)</translation>
    </message>
    <message>
        <source>, not yet confirmed by %1</source>
        <translation>, not yet confirmed by %1</translation>
    </message>
    <message>
        <source>, confirmed by %1</source>
        <translation>, confirmed by %1</translation>
    </message>
    <message>
        <source>, DISPUTED by %1 (%2)</source>
        <translation>, DISPUTED by %1 (%2)</translation>
    </message>
</context>
<context>
    <name>shopdesk::RequestsPage</name>
    <message>
        <source>Show &amp;every change, done ones too</source>
        <translation>Show &amp;every change, done ones too</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>New price</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <source>&amp;Carry out the change</source>
        <translation>&amp;Carry out the change</translation>
    </message>
    <message>
        <source>The web editor publishes what the leader approved (PRD-01, PRD-02).</source>
        <translation>The web editor publishes what the leader approved (PRD-01, PRD-02).</translation>
    </message>
    <message>
        <source>Price changes (PRD-01)</source>
        <translation>Price changes (PRD-01)</translation>
    </message>
    <message>
        <source>Listing changes (PRD-02)</source>
        <translation>Listing changes (PRD-02)</translation>
    </message>
    <message>
        <source>Normal delisting</source>
        <translation>Normal delisting</translation>
    </message>
    <message>
        <source>Stock reached zero (PRD-02)</source>
        <translation>Stock reached zero (PRD-02)</translation>
    </message>
    <message>
        <source>Choose a price change first.</source>
        <translation>Choose a price change first.</translation>
    </message>
    <message>
        <source>Choose a listing change first.</source>
        <translation>Choose a listing change first.</translation>
    </message>
    <message>
        <source>Pu&amp;blish the new price</source>
        <translation>Pu&amp;blish the new price</translation>
    </message>
    <message>
        <source>No price changes waiting. The product manager asks for one with New price... on the Products tab; or show every change.</source>
        <translation>No price changes waiting. The product manager asks for one with New price... on the Products tab; or show every change.</translation>
    </message>
</context>
<context>
    <name>shopdesk::RequestsPanel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Leave...</source>
        <translation>Leave...</translation>
    </message>
    <message>
        <source>Out of office...</source>
        <translation>Out of office...</translation>
    </message>
    <message>
        <source>Overtime...</source>
        <translation>Overtime...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Who is away in</source>
        <translation>Who is away in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Comp time earned and not taken: %1 h (OT-02)</source>
        <translation>Comp time earned and not taken: %1 h (OT-02)</translation>
    </message>
    <message>
        <source>    Medical period since %1: %2 days of sick leave (LEAVE-07)</source>
        <translation>    Medical period since %1: %2 days of sick leave (LEAVE-07)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>filed late (LEAVE-01)</source>
        <translation>filed late (LEAVE-01)</translation>
    </message>
    <message>
        <source>extends %1</source>
        <translation>extends %1</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>No comp time earned yet.</source>
        <translation>No comp time earned yet.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>No requests yet. Ask with Leave..., Out of office... or Overtime...; if they are greyed out, your user is not yet linked to an employee record.</source>
        <translation>No requests yet. Ask with Leave..., Out of office... or Overtime...; if they are greyed out, your user is not yet linked to an employee record.</translation>
    </message>
</context>
<context>
    <name>shopdesk::RequisitionDialog</name>
    <message>
        <source>New requisition</source>
        <translation>New requisition</translation>
    </message>
    <message>
        <source>What the supplies are for</source>
        <translation>What the supplies are for</translation>
    </message>
    <message>
        <source>Scan or type an item&apos;s code and press Enter: one more of it</source>
        <translation>Scan or type an item&apos;s code and press Enter: one more of it</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>&amp;File requisition</source>
        <translation>&amp;File requisition</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Item code:</source>
        <translation>&amp;Item code:</translation>
    </message>
</context>
<context>
    <name>shopdesk::RosterPage</name>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source> Rotation among:</source>
        <translation> Rotation among:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Print preview...</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1
Main: %2
Support, cleaning: %3</source>
        <translation>%1
Main: %2
Support, cleaning: %3</translation>
    </message>
    <message>
        <source>No roster for this month yet: choose who rotates and press Generate.</source>
        <translation>No roster for this month yet: choose who rotates and press Generate.</translation>
    </message>
    <message>
        <source>Published: a change is a swap request for the department head to approve.</source>
        <translation>Published: a change is a swap request for the department head to approve.</translation>
    </message>
    <message>
        <source>Draft: double-click a day to change it, then publish.</source>
        <translation>Draft: double-click a day to change it, then publish.</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>Replace the draft roster of this month with a new rotation?</source>
        <translation>Replace the draft roster of this month with a new rotation?</translation>
    </message>
    <message>
        <source>Publish the roster? Afterwards a change needs the department head&apos;s approval.</source>
        <translation>Publish the roster? Afterwards a change needs the department head&apos;s approval.</translation>
    </message>
    <message>
        <source>Duty on %1</source>
        <translation>Duty on %1</translation>
    </message>
    <message>
        <source>Main duty:</source>
        <translation>Main duty:</translation>
    </message>
    <message>
        <source>Support duty and cleaning:</source>
        <translation>Support duty and cleaning:</translation>
    </message>
    <message>
        <source>Reason for the swap:</source>
        <translation>Reason for the swap:</translation>
    </message>
    <message>
        <source>The swap waits for the department head&apos;s approval.</source>
        <translation>The swap waits for the department head&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>shopdesk::SalesPage</name>
    <message>
        <source>Net sales (CNY)</source>
        <translation>Net sales (CNY)</translation>
    </message>
    <message>
        <source>Sales (CNY)</source>
        <translation>Sales (CNY)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>No orders in these dates. Orders come in on the Orders tab, with Import a channel&apos;s export...; or change the dates.</source>
        <translation>No orders in these dates. Orders come in on the Orders tab, with Import a channel&apos;s export...; or change the dates.</translation>
    </message>
</context>
<context>
    <name>shopdesk::SecurityIncidentDialog</name>
    <message>
        <source>Record a security incident</source>
        <translation>Record a security incident</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Security incident</translation>
    </message>
    <message>
        <source>Re&amp;ported to the partner company</source>
        <translation>Re&amp;ported to the partner company</translation>
    </message>
    <message>
        <source>whom you told there</source>
        <translation>whom you told there</translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation>Re&amp;solved</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Happened at:</source>
        <translation>&amp;Happened at:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>Reported &amp;at:</source>
        <translation>Reported &amp;at:</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Reported &amp;by:</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;To whom:</translation>
    </message>
    <message>
        <source>R&amp;esolved at:</source>
        <translation>R&amp;esolved at:</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>H&amp;ow:</translation>
    </message>
</context>
<context>
    <name>shopdesk::SecurityIncidentsPage</name>
    <message>
        <source>Happened</source>
        <translation>Happened</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>A virus, an intrusion or an outage is reported to the partner company (WEB-05).</source>
        <translation>A virus, an intrusion or an outage is reported to the partner company (WEB-05).</translation>
    </message>
    <message>
        <source>Choose an incident first.</source>
        <translation>Choose an incident first.</translation>
    </message>
    <message>
        <source>Record an i&amp;ncident...</source>
        <translation>Record an i&amp;ncident...</translation>
    </message>
    <message>
        <source>No incidents in the last year. Record an incident... when one happens.</source>
        <translation>No incidents in the last year. Record an incident... when one happens.</translation>
    </message>
    <message>
        <source>Report or r&amp;esolve...</source>
        <translation>Report or r&amp;esolve...</translation>
    </message>
</context>
<context>
    <name>shopdesk::ServicePoolsDialog</name>
    <message>
        <source>Who is on the customer service rota</source>
        <translation>Who is on the customer service rota</translation>
    </message>
    <message>
        <source>Online chat, working days:</source>
        <translation>Online chat, working days:</translation>
    </message>
    <message>
        <source>Weekend rotation (back office):</source>
        <translation>Weekend rotation (back office):</translation>
    </message>
    <message>
        <source>400 hotline, duty managers:</source>
        <translation>400 hotline, duty managers:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ServiceReportPage</name>
    <message>
        <source>Customer service monthly report</source>
        <translation>Customer service monthly report</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ServiceRosterPage</name>
    <message>
        <source>&amp;Generate the month</source>
        <translation>&amp;Generate the month</translation>
    </message>
    <message>
        <source>Fills the month from today on, fairly within each pool (CS-01).</source>
        <translation>Fills the month from today on, fairly within each pool (CS-01).</translation>
    </message>
    <message>
        <source>Customer service roster</source>
        <translation>Customer service roster</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>Online chat</translation>
    </message>
    <message>
        <source>400 hotline (evening and night)</source>
        <translation>400 hotline (evening and night)</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Online chat %1-%2, the 400 hotline outside them</source>
        <translation>Online chat %1-%2, the 400 hotline outside them</translation>
    </message>
    <message>
        <source>Chat hours</source>
        <translation>Chat hours</translation>
    </message>
    <message>
        <source>Online chat from-to (for example 08:50-18:10):</source>
        <translation>Online chat from-to (for example 08:50-18:10):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not two times such as 08:50-18:10.</source>
        <translation>&quot;%1&quot; is not two times such as 08:50-18:10.</translation>
    </message>
    <message>
        <source>Generate the month</source>
        <translation>Generate the month</translation>
    </message>
    <message>
        <source>The days from %1 on are filled already. Replace them?</source>
        <translation>The days from %1 on are filled already. Replace them?</translation>
    </message>
    <message>
        <source>Nobody is in that pool: set who is on the rota first.</source>
        <translation>Nobody is in that pool: set who is on the rota first.</translation>
    </message>
    <message>
        <source>Who covers on %1?</source>
        <translation>Who covers on %1?</translation>
    </message>
    <message>
        <source>No roster for this month yet. The service supervisor chooses who is on the rota with Who is on the rota..., then presses Generate the month.</source>
        <translation>No roster for this month yet. The service supervisor chooses who is on the rota with Who is on the rota..., then presses Generate the month.</translation>
    </message>
    <message>
        <source>Chat hours...</source>
        <translation>Chat hours...</translation>
    </message>
    <message>
        <source>Who is o&amp;n the roster...</source>
        <translation>Who is o&amp;n the roster...</translation>
    </message>
</context>
<context>
    <name>shopdesk::SettingsPage</name>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Company name:</translation>
    </message>
    <message>
        <source>Passwords (rule DB-03)</source>
        <translation>Passwords (rule DB-03)</translation>
    </message>
    <message>
        <source>Minimum length (may only be raised):</source>
        <translation>Minimum length (may only be raised):</translation>
    </message>
    <message>
        <source>Change every:</source>
        <translation>Change every:</translation>
    </message>
    <message>
        <source>Earlier passwords that may not be reused:</source>
        <translation>Earlier passwords that may not be reused:</translation>
    </message>
    <message>
        <source>Wrong passwords before the account locks:</source>
        <translation>Wrong passwords before the account locks:</translation>
    </message>
    <message>
        <source>Lock the account for:</source>
        <translation>Lock the account for:</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <source>Check the database now</source>
        <translation>Check the database now</translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, its foreign keys, the audit chain and the protective triggers.</source>
        <translation>Checks the file&apos;s integrity, its foreign keys, the audit chain and the protective triggers.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND:</source>
        <translation>PROBLEMS FOUND:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ShopPanel</name>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Products</translation>
    </message>
    <message>
        <source>Price and &amp;listing changes</source>
        <translation>Price and &amp;listing changes</translation>
    </message>
    <message>
        <source>Pro&amp;motions</source>
        <translation>Pro&amp;motions</translation>
    </message>
    <message>
        <source>Security &amp;incidents</source>
        <translation>Security &amp;incidents</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Bad customers</source>
        <translation>Bad customers</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>C&amp;ustomer service</source>
        <translation>C&amp;ustomer service</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Web publishing</source>
        <translation>Web publishing</translation>
    </message>
    <message>
        <source>Official accounts</source>
        <translation>Official accounts</translation>
    </message>
</context>
<context>
    <name>shopdesk::ShopReportsPage</name>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Nothing in this report. It reads what the Products, Price and listing changes and Promotions tabs keep; or change the dates.</source>
        <translation>Nothing in this report. It reads what the Products, Price and listing changes and Promotions tabs keep; or change the dates.</translation>
    </message>
</context>
<context>
    <name>shopdesk::StockDialog</name>
    <message>
        <source>Book product stock</source>
        <translation>Book product stock</translation>
    </message>
    <message>
        <source>Scan or type the SKU code or barcode, then Enter</source>
        <translation>Scan or type the SKU code or barcode, then Enter</translation>
    </message>
    <message>
        <source>order number or delivery note</source>
        <translation>order number or delivery note</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>%1 %2, %3 on hand, %4</source>
        <translation>%1 %2, %3 on hand, %4</translation>
    </message>
    <message>
        <source>No product chosen.</source>
        <translation>No product chosen.</translation>
    </message>
</context>
<context>
    <name>shopdesk::StockPage</name>
    <message>
        <source>Code, name or specification (Ctrl+F)</source>
        <translation>Code, name or specification (Ctrl+F)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Only at or under the &amp;reorder point</source>
        <translation>Only at or under the &amp;reorder point</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <source>&amp;Edit item</source>
        <translation>&amp;Edit item</translation>
    </message>
    <message>
        <source>Re&amp;ceive...</source>
        <translation>Re&amp;ceive...</translation>
    </message>
    <message>
        <source>&amp;Issue...</source>
        <translation>&amp;Issue...</translation>
    </message>
    <message>
        <source>&amp;More movements</source>
        <translation>&amp;More movements</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Average cost</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Movements of the selected item, newest first:</source>
        <translation>Movements of the selected item, newest first:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>At or under the reorder point</source>
        <translation>At or under the reorder point</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), worth %1</source>
        <translation>
            <numerusform>%n item, worth %1</numerusform>
            <numerusform>%n items, worth %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Choose an item in the list first.</translation>
    </message>
    <message>
        <source>Im&amp;port...</source>
        <translation>Im&amp;port...</translation>
    </message>
    <message>
        <source>Add and change items from a list (CSV or XLSX); a preview comes first</source>
        <translation>Add and change items from a list (CSV or XLSX); a preview comes first</translation>
    </message>
    <message>
        <source>Print &amp;labels...</source>
        <translation>Print &amp;labels...</translation>
    </message>
    <message>
        <source>Shelf labels with a barcode for the selected items, on A4 label sheets</source>
        <translation>Shelf labels with a barcode for the selected items, on A4 label sheets</translation>
    </message>
    <message>
        <source>Save labels as &amp;PDF...</source>
        <translation>Save labels as &amp;PDF...</translation>
    </message>
    <message>
        <source>Import an item list</source>
        <translation>Import an item list</translation>
    </message>
    <message>
        <source>Item lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Item lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>No items yet. Add one with New item, or import the item list with Import... (an Excel or CSV file).</source>
        <translation>No items yet. Add one with New item, or import the item list with Import... (an Excel or CSV file).</translation>
    </message>
</context>
<context>
    <name>shopdesk::StocktakePage</name>
    <message>
        <source>Category to count</source>
        <translation>Category to count</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>&amp;Print count sheet...</source>
        <translation>&amp;Print count sheet...</translation>
    </message>
    <message>
        <source>Send for &amp;approval</source>
        <translation>Send for &amp;approval</translation>
    </message>
    <message>
        <source>Scan an item to go to its line</source>
        <translation>Scan an item to go to its line</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>all categories</translation>
    </message>
    <message>
        <source>No stocktake yet: choose a category and start one.</source>
        <translation>No stocktake yet: choose a category and start one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not on this sheet.</source>
        <translation>%1 is not on this sheet.</translation>
    </message>
    <message numerus="yes">
        <source>Send %1 with %n difference(s) to the office head? The counts cannot change afterwards.</source>
        <translation>
            <numerusform>Send %1 with %n difference to the office head? The counts cannot change afterwards.</numerusform>
            <numerusform>Send %1 with %n differences to the office head? The counts cannot change afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>No stocktake yet. A supplies clerk starts one: choose a category above and press Start stocktake.</source>
        <translation>No stocktake yet. A supplies clerk starts one: choose a category above and press Start stocktake.</translation>
    </message>
    <message>
        <source>Sta&amp;rt stocktake</source>
        <translation>Sta&amp;rt stocktake</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 lines counted, %n difference(s); %4</source>
        <translation>
            <numerusform>%1: %2 of %3 lines counted, %n difference; %4</numerusform>
            <numerusform>%1: %2 of %3 lines counted, %n differences; %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::SuppliersPage</name>
    <message>
        <source>&amp;New supplier</source>
        <translation>&amp;New supplier</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Change supplier</source>
        <translation>Change supplier</translation>
    </message>
    <message>
        <source>Choose a supplier in the list first.</source>
        <translation>Choose a supplier in the list first.</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Im&amp;port...</source>
        <translation>Im&amp;port...</translation>
    </message>
    <message>
        <source>Add and change suppliers from a list (CSV or XLSX); a preview comes first</source>
        <translation>Add and change suppliers from a list (CSV or XLSX); a preview comes first</translation>
    </message>
    <message>
        <source>Import a supplier list</source>
        <translation>Import a supplier list</translation>
    </message>
    <message>
        <source>Supplier lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Supplier lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>No suppliers yet: import their list with Import...</source>
        <translation>No suppliers yet: import their list with Import...</translation>
    </message>
</context>
<context>
    <name>shopdesk::SuppliesPanel</name>
    <message>
        <source>Re&amp;order suggestions</source>
        <translation>Re&amp;order suggestions</translation>
    </message>
    <message>
        <source>P&amp;urchasing</source>
        <translation>P&amp;urchasing</translation>
    </message>
    <message>
        <source>Stock&amp;take</source>
        <translation>Stock&amp;take</translation>
    </message>
    <message>
        <source>Depart&amp;ments</source>
        <translation>Depart&amp;ments</translation>
    </message>
    <message>
        <source>Stoc&amp;k</source>
        <translation>Stoc&amp;k</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>shopdesk::SupplyImportDialog</name>
    <message>
        <source>Import items</source>
        <translation>Import items</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>Import suppliers</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Import items from %1</source>
        <translation>Import items from %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Lead time (days)</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Preferred supplier</translation>
    </message>
    <message>
        <source>Import suppliers from %1</source>
        <translation>Import suppliers from %1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Was: %1</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Rows with a problem are not imported; correct them in the file and import it again. Stock is never changed by an import.</source>
        <translation>Rows with a problem are not imported; correct them in the file and import it again. Stock is never changed by an import.</translation>
    </message>
</context>
<context>
    <name>shopdesk::SupplyItemDialog</name>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>the barcode on the package, or the office&apos;s own code</source>
        <translation>the barcode on the package, or the office&apos;s own code</translation>
    </message>
    <message>
        <source>pack, box, piece ...</source>
        <translation>pack, box, piece ...</translation>
    </message>
    <message>
        <source>cabinet and shelf</source>
        <translation>cabinet and shelf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>&amp;Specification:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Reorder point:</source>
        <translation>&amp;Reorder point:</translation>
    </message>
    <message>
        <source>Lead &amp;time:</source>
        <translation>Lead &amp;time:</translation>
    </message>
    <message>
        <source>Preferred su&amp;pplier:</source>
        <translation>Preferred su&amp;pplier:</translation>
    </message>
</context>
<context>
    <name>shopdesk::TimeRequestDialog</name>
    <message>
        <source>Ask for leave</source>
        <translation>Ask for leave</translation>
    </message>
    <message>
        <source>from the morning</source>
        <translation>from the morning</translation>
    </message>
    <message>
        <source>from the afternoon</source>
        <translation>from the afternoon</translation>
    </message>
    <message>
        <source>to the end of the day</source>
        <translation>to the end of the day</translation>
    </message>
    <message>
        <source>to noon</source>
        <translation>to noon</translation>
    </message>
    <message>
        <source>a new leave</source>
        <translation>a new leave</translation>
    </message>
    <message>
        <source>extends request %1 (to %2)</source>
        <translation>extends request %1 (to %2)</translation>
    </message>
    <message>
        <source>Emergency: the supervisor was told by phone (LEAVE-04)</source>
        <translation>Emergency: the supervisor was told by phone (LEAVE-04)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Out of the office</source>
        <translation>Out of the office</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>From, to:</source>
        <translation>From, to:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Work done:</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <source>Attach a hospital certificate... (LEAVE-02)</source>
        <translation>Attach a hospital certificate... (LEAVE-02)</translation>
    </message>
    <message>
        <source>Attach a hospital certificate</source>
        <translation>Attach a hospital certificate</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; attach a smaller scan.</source>
        <translation>%1 is larger than 10 MB; attach a smaller scan.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::TravellersDialog</name>
    <message>
        <source>Travellers of %1</source>
        <translation>Travellers of %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Import a list...</source>
        <translation>&amp;Import a list...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Import travellers</source>
        <translation>Import travellers</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Take %1 off the list of %2?</source>
        <translation>Take %1 off the list of %2?</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>  line %1, %2 &quot;%3&quot;: %4</source>
        <translation>  line %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>  and %1 more.</source>
        <translation>  and %1 more.</translation>
    </message>
    <message>
        <source>Add the %1 travellers now?</source>
        <translation>Add the %1 travellers now?</translation>
    </message>
</context>
<context>
    <name>shopdesk::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Edit user %1</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>First password:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Business roles:</source>
        <translation>Business roles:</translation>
    </message>
    <message>
        <source>Work areas:</source>
        <translation>Work areas:</translation>
    </message>
    <message>
        <source>The user must change this password at the first login (passwords are personal).</source>
        <translation>The user must change this password at the first login (passwords are personal).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>shopdesk::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Business roles</source>
        <translation>Business roles</translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation>Work areas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
</context>
<context>
    <name>shopdesk::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation>Record handover</translation>
    </message>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Filter users (Ctrl+F)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in; their records stay.</source>
        <translation>Disable %1? They can no longer log in; their records stay.</translation>
    </message>
    <message>
        <source>A new password for %1. They must change it at their next login.</source>
        <translation>A new password for %1. They must change it at their next login.</translation>
    </message>
    <message>
        <source>Permission change</source>
        <translation>Permission change</translation>
    </message>
    <message>
        <source>The change of level, work areas or roles was submitted for approval as request %1 (rule DB-02). It takes effect when approved.</source>
        <translation>The change of level, work areas or roles was submitted for approval as request %1 (rule DB-02). It takes effect when approved.</translation>
    </message>
</context>
<context>
    <name>shopdesk::VaultEntryDialog</name>
    <message>
        <source>New official account</source>
        <translation>New official account</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>The change takes effect when the general manager approves it (ACC-01).</source>
        <translation>The change takes effect when the general manager approves it (ACC-01).</translation>
    </message>
    <message>
        <source>empty: it stays as it is</source>
        <translation>empty: it stays as it is</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>Secret a&amp;gain:</source>
        <translation>Secret a&amp;gain:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Keepers:</source>
        <translation>&amp;Keepers:</translation>
    </message>
    <message>
        <source>Your vault &amp;passphrase:</source>
        <translation>Your vault &amp;passphrase:</translation>
    </message>
    <message>
        <source>&amp;Ask the general manager</source>
        <translation>&amp;Ask the general manager</translation>
    </message>
    <message>
        <source>The secret and its repetition differ.</source>
        <translation>The secret and its repetition differ.</translation>
    </message>
    <message>
        <source>Give the account&apos;s password or key.</source>
        <translation>Give the account&apos;s password or key.</translation>
    </message>
    <message>
        <source>Your vault passphrase encrypts the secret: type it.</source>
        <translation>Your vault passphrase encrypts the secret: type it.</translation>
    </message>
</context>
<context>
    <name>shopdesk::VaultPage</name>
    <message>
        <source>My vault &amp;keys...</source>
        <translation>My vault &amp;keys...</translation>
    </message>
    <message>
        <source>Filter by kind, name, address or user name (Ctrl+F)</source>
        <translation>Filter by kind, name, address or user name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Keepers</source>
        <translation>Keepers</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>Holds the vault key</source>
        <translation>Holds the vault key</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;New account...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Change...</translation>
    </message>
    <message>
        <source>C&amp;opy the secret</source>
        <translation>C&amp;opy the secret</translation>
    </message>
    <message>
        <source>&amp;Add as keeper...</source>
        <translation>&amp;Add as keeper...</translation>
    </message>
    <message>
        <source>&amp;Remove keeper...</source>
        <translation>&amp;Remove keeper...</translation>
    </message>
    <message>
        <source>A secret shows here for 30 seconds.</source>
        <translation>A secret shows here for 30 seconds.</translation>
    </message>
    <message>
        <source>Official accounts (ACC-01)</source>
        <translation>Official accounts (ACC-01)</translation>
    </message>
    <message>
        <source>You have no vault keys yet: make them with your own vault passphrase (My vault keys).</source>
        <translation>You have no vault keys yet: make them with your own vault passphrase (My vault keys).</translation>
    </message>
    <message>
        <source>Your keys are made; a keeper asks for you to keep the vault, and the general manager approves.</source>
        <translation>Your keys are made; a keeper asks for you to keep the vault, and the general manager approves.</translation>
    </message>
    <message>
        <source>Your keys are made; nobody keeps the vault yet: start the registry.</source>
        <translation>Your keys are made; nobody keeps the vault yet: start the registry.</translation>
    </message>
    <message>
        <source>You keep the vault: your passphrase opens the secrets of the accounts you keep.</source>
        <translation>You keep the vault: your passphrase opens the secrets of the accounts you keep.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <source>Official accounts</source>
        <translation>Official accounts</translation>
    </message>
    <message>
        <source>Your vault passphrase now:</source>
        <translation>Your vault passphrase now:</translation>
    </message>
    <message numerus="yes">
        <source>Your new vault passphrase (at least %n character(s); not your sign-in password):</source>
        <translation>
            <numerusform>Your new vault passphrase (at least %n character; not your sign-in password):</numerusform>
            <numerusform>Your new vault passphrase (at least %n characters; not your sign-in password):</numerusform>
        </translation>
    </message>
    <message>
        <source>The new vault passphrase again:</source>
        <translation>The new vault passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Your vault passphrase is changed.</source>
        <translation>Your vault passphrase is changed.</translation>
    </message>
    <message>
        <source>Your vault keys are made. Nobody, the program included, can open them without your passphrase: keep it safe.</source>
        <translation>Your vault keys are made. Nobody, the program included, can open them without your passphrase: keep it safe.</translation>
    </message>
    <message>
        <source>Your vault passphrase, to start the registry with you as its first keeper:</source>
        <translation>Your vault passphrase, to start the registry with you as its first keeper:</translation>
    </message>
    <message>
        <source>Asked: the registry starts when the general manager approves.</source>
        <translation>Asked: the registry starts when the general manager approves.</translation>
    </message>
    <message>
        <source>Asked: the change takes effect when the general manager approves it.</source>
        <translation>Asked: the change takes effect when the general manager approves it.</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Choose an account first.</translation>
    </message>
    <message>
        <source>Your vault passphrase, to see the secret of %1:</source>
        <translation>Your vault passphrase, to see the secret of %1:</translation>
    </message>
    <message numerus="yes">
        <source>%1: hidden again in %n second(s)</source>
        <translation>
            <numerusform>%1: hidden again in %n second</numerusform>
            <numerusform>%1: hidden again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Your vault passphrase, to copy the secret of %1:</source>
        <translation>Your vault passphrase, to copy the secret of %1:</translation>
    </message>
    <message numerus="yes">
        <source>%1: copied; the clipboard is cleared in %n second(s)</source>
        <translation>
            <numerusform>%1: copied; the clipboard is cleared in %n second</numerusform>
            <numerusform>%1: copied; the clipboard is cleared in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the person in the keepers&apos; list first (they make their keys first).</source>
        <translation>Choose the person in the keepers&apos; list first (they make their keys first).</translation>
    </message>
    <message>
        <source>Your vault passphrase, to hand %1 a copy of the vault key:</source>
        <translation>Your vault passphrase, to hand %1 a copy of the vault key:</translation>
    </message>
    <message>
        <source>Asked: %1 keeps the vault when the general manager approves.</source>
        <translation>Asked: %1 keeps the vault when the general manager approves.</translation>
    </message>
    <message>
        <source>Choose a keeper first.</source>
        <translation>Choose a keeper first.</translation>
    </message>
    <message>
        <source>Remove keeper</source>
        <translation>Remove keeper</translation>
    </message>
    <message>
        <source>New vault ke&amp;y...</source>
        <translation>New vault ke&amp;y...</translation>
    </message>
    <message>
        <source>After a keeper left: every secret encrypted anew under a new vault key, so a copy of the old one opens nothing stored afterwards.</source>
        <translation>After a keeper left: every secret encrypted anew under a new vault key, so a copy of the old one opens nothing stored afterwards.</translation>
    </message>
    <message>
        <source>Ask the general manager to take %1&apos;s copy of the vault key away and take them off every account?</source>
        <translation>Ask the general manager to take %1&apos;s copy of the vault key away and take them off every account?</translation>
    </message>
    <message>
        <source>Asked: %1 stops keeping the vault when the general manager approves. Then ask for a new vault key (New vault key...), so a copy of the old one opens nothing stored afterwards.</source>
        <translation>Asked: %1 stops keeping the vault when the general manager approves. Then ask for a new vault key (New vault key...), so a copy of the old one opens nothing stored afterwards.</translation>
    </message>
    <message>
        <source>%1 has seen the secrets of: %2. Change those at the accounts too, and record the new ones here.</source>
        <translation>%1 has seen the secrets of: %2. Change those at the accounts too, and record the new ones here.</translation>
    </message>
    <message>
        <source>Your vault passphrase, to encrypt every secret anew under a new vault key:</source>
        <translation>Your vault passphrase, to encrypt every secret anew under a new vault key:</translation>
    </message>
    <message>
        <source>Asked: the new vault key takes effect when the general manager approves, if no account or keeper changes before.</source>
        <translation>Asked: the new vault key takes effect when the general manager approves, if no account or keeper changes before.</translation>
    </message>
    <message>
        <source>No official accounts registered yet. A keeper of the vault adds one with New account...</source>
        <translation>No official accounts registered yet. A keeper of the vault adds one with New account...</translation>
    </message>
    <message>
        <source>S&amp;tart the registry...</source>
        <translation>S&amp;tart the registry...</translation>
    </message>
    <message>
        <source>Show the s&amp;ecret</source>
        <translation>Show the s&amp;ecret</translation>
    </message>
</context>
<context>
    <name>shopdesk::VouchersPage</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>All vouchers</source>
        <translation>All vouchers</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pay %1</translation>
    </message>
    <message>
        <source>&amp;Pay by transfer...</source>
        <translation>&amp;Pay by transfer...</translation>
    </message>
    <message>
        <source>Pay from the &amp;cash box...</source>
        <translation>Pay from the &amp;cash box...</translation>
    </message>
    <message>
        <source>Reference of the bank transfer:</source>
        <translation>Reference of the bank transfer:</translation>
    </message>
    <message>
        <source>Pay %1 to %2 from the cash box? It is entered in today&apos;s cash journal.</source>
        <translation>Pay %1 to %2 from the cash box? It is entered in today&apos;s cash journal.</translation>
    </message>
    <message>
        <source>No vouchers here. Vouchers come from the supplier invoices recorded under Office supplies; or change the filter.</source>
        <translation>No vouchers here. Vouchers come from the supplier invoices recorded under Office supplies; or change the filter.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>shopdesk::WebPublicationDialog</name>
    <message>
        <source>Ask to publish on the web pages</source>
        <translation>Ask to publish on the web pages</translation>
    </message>
    <message>
        <source>the text to publish, or what the new home page changes</source>
        <translation>the text to publish, or what the new home page changes</translation>
    </message>
    <message>
        <source>Confidential or &amp;copyrighted material</source>
        <translation>Confidential or &amp;copyrighted material</translation>
    </message>
    <message>
        <source>The general manager approves it too (WEB-03).</source>
        <translation>The general manager approves it too (WEB-03).</translation>
    </message>
    <message>
        <source>&amp;Attach a file...</source>
        <translation>&amp;Attach a file...</translation>
    </message>
    <message>
        <source>&amp;Remove the file</source>
        <translation>&amp;Remove the file</translation>
    </message>
    <message>
        <source>Pictures up to 500 KB, videos up to 30 MB, documents up to 1 MB (WEB-04).</source>
        <translation>Pictures up to 500 KB, videos up to 30 MB, documents up to 1 MB (WEB-04).</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>T&amp;ext:</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Files:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Send for a&amp;pproval</source>
        <translation>Send for a&amp;pproval</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Once approved, the web editor publishes it within 48 hours (WEB-02).</source>
        <translation>Once approved, the web editor publishes it within 48 hours (WEB-02).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is attached already.</source>
        <translation>%1 is attached already.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>shopdesk::WebPublishingPage</name>
    <message>
        <source>Also those &amp;done in the last year</source>
        <translation>Also those &amp;done in the last year</translation>
    </message>
    <message>
        <source>As&amp;k to publish...</source>
        <translation>As&amp;k to publish...</translation>
    </message>
    <message>
        <source>Pu&amp;blished...</source>
        <translation>Pu&amp;blished...</translation>
    </message>
    <message>
        <source>The web editor records it published, within 48 hours of the approval (WEB-02).</source>
        <translation>The web editor records it published, within 48 hours of the approval (WEB-02).</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Publish by</source>
        <translation>Publish by</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(late)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Choose a publication first.</source>
        <translation>Choose a publication first.</translation>
    </message>
    <message>
        <source>Choose a publication to read it.</source>
        <translation>Choose a publication to read it.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Files: %1</translation>
    </message>
    <message>
        <source>Published at %1</source>
        <translation>Published at %1</translation>
    </message>
    <message>
        <source>Where is &quot;%1&quot; on the web pages (its address, optional)?</source>
        <translation>Where is &quot;%1&quot; on the web pages (its address, optional)?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no files.</source>
        <translation>&quot;%1&quot; has no files.</translation>
    </message>
    <message>
        <source>Save a file</source>
        <translation>Save a file</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Which file?</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Nothing waits to be published. Ask to publish... starts a request.</source>
        <translation>Nothing waits to be published. Ask to publish... starts a request.</translation>
    </message>
    <message>
        <source>Save a fil&amp;e...</source>
        <translation>Save a fil&amp;e...</translation>
    </message>
</context>
<context>
    <name>shopdesk::WebShopDialog</name>
    <message>
        <source>Web shop</source>
        <translation>Web shop</translation>
    </message>
    <message>
        <source>The orders of the company&apos;s own web shop come into the list by themselves: this PC asks the shop for new and changed orders whenever the list refreshes. The key is kept for this PC alone; to pull from another PC, give the key there.</source>
        <translation>The orders of the company&apos;s own web shop come into the list by themselves: this PC asks the shop for new and changed orders whenever the list refreshes. The key is kept for this PC alone; to pull from another PC, give the key there.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Pulled by</source>
        <translation>Pulled by</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Up to</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Save: this PC pulls</source>
        <translation>&amp;Save: this PC pulls</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Remove...</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>&amp;Pull now</translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation>Consumer s&amp;ecret:</translation>
    </message>
    <message>
        <source>Admin API access tok&amp;en:</source>
        <translation>Admin API access tok&amp;en:</translation>
    </message>
    <message>
        <source>WooCommerce &gt; Settings &gt; Advanced &gt; REST API: a key with read access</source>
        <translation>WooCommerce &gt; Settings &gt; Advanced &gt; REST API: a key with read access</translation>
    </message>
    <message>
        <source>Shopify admin &gt; Apps &gt; Develop apps: an app with the read_orders scope</source>
        <translation>Shopify admin &gt; Apps &gt; Develop apps: an app with the read_orders scope</translation>
    </message>
    <message>
        <source>%1 (this PC)</source>
        <translation>%1 (this PC)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Saved: this PC pulls %1&apos;s orders at every refresh of the list.</source>
        <translation>Saved: this PC pulls %1&apos;s orders at every refresh of the list.</translation>
    </message>
    <message>
        <source>Remove the web shop</source>
        <translation>Remove the web shop</translation>
    </message>
    <message>
        <source>Stop pulling %1&apos;s orders and forget its key? The orders already pulled stay.</source>
        <translation>Stop pulling %1&apos;s orders and forget its key? The orders already pulled stay.</translation>
    </message>
    <message>
        <source>Pulling...</source>
        <translation>Pulling...</translation>
    </message>
    <message>
        <source>A pull is running; its orders come when it ends.</source>
        <translation>A pull is running; its orders come when it ends.</translation>
    </message>
    <message>
        <source>This PC pulls no web shop: save one first.</source>
        <translation>This PC pulls no web shop: save one first.</translation>
    </message>
</context>
<context>
    <name>shopdesk::WebShopPull</name>
    <message>
        <source>The web shop %1 did not answer within %2 seconds; the next pull tries again.</source>
        <translation>The web shop %1 did not answer within %2 seconds; the next pull tries again.</translation>
    </message>
    <message>
        <source>The web shop %1 still refused after %2 tries (too many requests); the next pull tries again.</source>
        <translation>The web shop %1 still refused after %2 tries (too many requests); the next pull tries again.</translation>
    </message>
    <message>
        <source>The web shop %1 refused the key (HTTP %2): check the key and its rights. %3</source>
        <translation>The web shop %1 refused the key (HTTP %2): check the key and its rights. %3</translation>
    </message>
    <message>
        <source>The web shop %1 could not be read: %2 %3</source>
        <translation>The web shop %1 could not be read: %2 %3</translation>
    </message>
    <message>
        <source>The web shop %1, page %2: %3</source>
        <translation>The web shop %1, page %2: %3</translation>
    </message>
    <message>
        <source>The web shop %1 gave more than %2 pages; the pull stopped there and wrote nothing.</source>
        <translation>The web shop %1 gave more than %2 pages; the pull stopped there and wrote nothing.</translation>
    </message>
    <message>
        <source>The web shop %1 gave its next page at another address, %2; the key is not sent there, and nothing was written.</source>
        <translation>The web shop %1 gave its next page at another address, %2; the key is not sent there, and nothing was written.</translation>
    </message>
</context>
<context>
    <name>shopdeskctl</name>
    <message>
        <source>shopdeskctl: %1</source>
        <translation>shopdeskctl: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This command changes data: name the user with --user NAME.</source>
        <translation>This command changes data: name the user with --user NAME.</translation>
    </message>
    <message>
        <source>No password: set SHOPDESK_PASSWORD or run the command at a terminal.</source>
        <translation>No password: set SHOPDESK_PASSWORD or run the command at a terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>init needs --company NAME and --admin USER.</source>
        <translation>init needs --company NAME and --admin USER.</translation>
    </message>
    <message>
        <source>Created %1 for %2; administrator: %3.</source>
        <translation>Created %1 for %2; administrator: %3.</translation>
    </message>
    <message>
        <source>Schema version %1 -&gt; %2.</source>
        <translation>Schema version %1 -&gt; %2.</translation>
    </message>
    <message>
        <source>user needs an action (add, disable, reset) and a user name.</source>
        <translation>user needs an action (add, disable, reset) and a user name.</translation>
    </message>
    <message>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation>Unknown user action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--level is reader, clerk or dbadmin.</source>
        <translation>--level is reader, clerk or dbadmin.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; known: %2.</source>
        <translation>Unknown role &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>Unknown area &quot;%1&quot;; known: %2.</source>
        <translation>Unknown area &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>User %1 created; they must change the password at the first login.</source>
        <translation>User %1 created; they must change the password at the first login.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>Password of %1 reset; they must change it at the next login.</source>
        <translation>Password of %1 reset; they must change it at the next login.</translation>
    </message>
    <message>
        <source>Demo company created in %1: %2 departments, %3 employees.</source>
        <translation>Demo company created in %1: %2 departments, %3 employees.</translation>
    </message>
    <message>
        <source>Sign in as: %1</source>
        <translation>Sign in as: %1</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND in %1.</source>
        <translation>PROBLEMS FOUND in %1.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <source>backup takes only --to DIR.</source>
        <translation>backup takes only --to DIR.</translation>
    </message>
    <message>
        <source>Backup %1 made and checked: %2 bytes, SHA-256 %3.</source>
        <translation>Backup %1 made and checked: %2 bytes, SHA-256 %3.</translation>
    </message>
    <message>
        <source>restore needs the backup file.</source>
        <translation>restore needs the backup file.</translation>
    </message>
    <message>
        <source>Restoring replaces the database: confirm with --yes.</source>
        <translation>Restoring replaces the database: confirm with --yes.</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? The current state is saved as a backup first. [y/N] </source>
        <translation>Replace %1 with the backup %2? The current state is saved as a backup first. [y/N] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database check passed.</source>
        <translation>Restored %1 from %2; the database check passed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request number.</source>
        <translation>&quot;%1&quot; is not a request number.</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>Request %1: %2.</translation>
    </message>
    <message>
        <source>Use: punches import FILE [--format auto|zkteco|zktime|dingtalk] [--encoding auto|utf-8|gb18030] [--dry-run]</source>
        <translation>Use: punches import FILE [--format auto|zkteco|zktime|dingtalk] [--encoding auto|utf-8|gb18030] [--dry-run]</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Unknown encoding &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Unknown format &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  line %1, %2 &quot;%3&quot;: %4</source>
        <translation>  line %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Imported %1 punches.</source>
        <translation>Imported %1 punches.</translation>
    </message>
    <message>
        <source>Use: attendance report --month YYYY-MM [--dept NAME] --format pdf|xlsx|csv --out FILE
     attendance confirm --month YYYY-MM</source>
        <translation>Use: attendance report --month YYYY-MM [--dept NAME] --format pdf|xlsx|csv --out FILE
     attendance confirm --month YYYY-MM</translation>
    </message>
    <message>
        <source>Name the month with --month YYYY-MM.</source>
        <translation>Name the month with --month YYYY-MM.</translation>
    </message>
    <message>
        <source>%1 confirmed.</source>
        <translation>%1 confirmed.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>There is no department &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 employees, written to %2</source>
        <translation>%1 employees, written to %2</translation>
    </message>
    <message>
        <source>Attendance: %1 clock punches, %2 duty roster days, %3 leave and overtime filings.</source>
        <translation>Attendance: %1 clock punches, %2 duty roster days, %3 leave and overtime filings.</translation>
    </message>
    <message>
        <source>Use: payroll export --month YYYY-MM --format xlsx|csv --out FILE</source>
        <translation>Use: payroll export --month YYYY-MM --format xlsx|csv --out FILE</translation>
    </message>
    <message>
        <source>%1 payroll lines, written to %2</source>
        <translation>%1 payroll lines, written to %2</translation>
    </message>
    <message>
        <source>approvals takes list, approve ID, reject ID, withdraw ID, confirm-phone ID or dispute-phone ID.</source>
        <translation>approvals takes list, approve ID, reject ID, withdraw ID, confirm-phone ID or dispute-phone ID.</translation>
    </message>
    <message>
        <source>--by-phone records an approval; a rejection is given by the approver.</source>
        <translation>--by-phone records an approval; a rejection is given by the approver.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Office supplies: %1 items from %2 suppliers, %3 stock movements.</source>
        <translation>Office supplies: %1 items from %2 suppliers, %3 stock movements.</translation>
    </message>
    <message>
        <source>Booked: %1 %2, %3 %4 on hand.</source>
        <translation>Booked: %1 %2, %3 %4 on hand.</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s)).</source>
        <translation>
            <numerusform>Written: %1 (%n row).</numerusform>
            <numerusform>Written: %1 (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: supplies stocktake start [--category NAME] | list
     supplies stocktake count ID CODE COUNTED [--reason TEXT] | submit ID
     supplies stocktake export ID --format pdf|xlsx|csv --out FILE</source>
        <translation>Use: supplies stocktake start [--category NAME] | list
     supplies stocktake count ID CODE COUNTED [--reason TEXT] | submit ID
     supplies stocktake export ID --format pdf|xlsx|csv --out FILE</translation>
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
        <translation>Use: supplies stock [--category NAME] [--reorder]
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
            <numerusform>Written: %1 (%n label).</numerusform>
            <numerusform>Written: %1 (%n labels).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: supplies import-items|import-suppliers FILE [--dry-run]</source>
        <translation>Use: supplies import-items|import-suppliers FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed.</source>
        <translation>Imported: %1 new, %2 changed.</translation>
    </message>
    <message>
        <source>Use: vouchers list [--state pending|signed|paid|refused]
     vouchers pay ID --ref TEXT</source>
        <translation>Use: vouchers list [--state pending|signed|paid|refused]
     vouchers pay ID --ref TEXT</translation>
    </message>
    <message>
        <source>Paid %1.</source>
        <translation>Paid %1.</translation>
    </message>
    <message>
        <source>Finance: %1 cash journal entries, %2 expense requests.</source>
        <translation>Finance: %1 cash journal entries, %2 expense requests.</translation>
    </message>
    <message>
        <source>Staff number %1 is not on the allowance sheet of %2 (no such person in service, or no rule for their position).</source>
        <translation>Staff number %1 is not on the allowance sheet of %2 (no such person in service, or no rule for their position).</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>Give the month as YYYY-MM.</translation>
    </message>
    <message>
        <source>Use: finance cash DAY receipt|payment YUAN --to NAME --for TEXT [--category NAME]
     finance close-day DAY COUNTED_YUAN | finance review-day DAY [--note TEXT]
     finance bill YYYY-MM STAFF_NO YUAN     a phone bill for the allowance sheet
     finance import-bills YYYY-MM FILE [--dry-run]   the month&apos;s phone bills, CSV or XLSX
     finance close YYYY-MM | finance reopen YYYY-MM --reason TEXT
     finance summary YYYY-MM</source>
        <translation>Use: finance cash DAY receipt|payment YUAN --to NAME --for TEXT [--category NAME]
     finance close-day DAY COUNTED_YUAN | finance review-day DAY [--note TEXT]
     finance bill YYYY-MM STAFF_NO YUAN     a phone bill for the allowance sheet
     finance import-bills YYYY-MM FILE [--dry-run]   the month&apos;s phone bills, CSV or XLSX
     finance close YYYY-MM | finance reopen YYYY-MM --reason TEXT
     finance summary YYYY-MM</translation>
    </message>
    <message>
        <source>Imported: %1 bills.</source>
        <translation>Imported: %1 bills.</translation>
    </message>
    <message>
        <source>Contracts: %1 in the office&apos;s archive, %2 with their signed original as a PDF.</source>
        <translation>Contracts: %1 in the office&apos;s archive, %2 with their signed original as a PDF.</translation>
    </message>
    <message>
        <source>There is no contract numbered %1.</source>
        <translation>There is no contract numbered %1.</translation>
    </message>
    <message>
        <source>Use: contracts search TEXT            number, signed, title, party and where in its files
     contracts attach NUMBER FILE --as DOCUMENT   a scan or document, kept as a new version
     contracts read-scans              reads the text of every file waiting for it
     contracts labels folders|boxes --pdf FILE [--numbers N,N,...]   A4 label sheets</source>
        <translation>Use: contracts search TEXT            number, signed, title, party and where in its files
     contracts attach NUMBER FILE --as DOCUMENT   a scan or document, kept as a new version
     contracts read-scans              reads the text of every file waiting for it
     contracts labels folders|boxes --pdf FILE [--numbers N,N,...]   A4 label sheets</translation>
    </message>
    <message>
        <source>%1 v%2, page %3, line %4: %5</source>
        <translation>%1 v%2, page %3, line %4: %5</translation>
    </message>
    <message>
        <source>Cannot read %1 whole: %2</source>
        <translation>Cannot read %1 whole: %2</translation>
    </message>
    <message>
        <source>%1: %2 version %3 kept; its text is read by `contracts read-scans` or the contracts panel.</source>
        <translation>%1: %2 version %3 kept; its text is read by `contracts read-scans` or the contracts panel.</translation>
    </message>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1: page %2 of %3</translation>
    </message>
    <message>
        <source>%1: not readable: %2</source>
        <translation>%1: not readable: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read for search</source>
        <translation>
            <numerusform>%n file read for search</numerusform>
            <numerusform>%n files read for search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not readable</source>
        <translation>
            <numerusform>, %n not readable</numerusform>
            <numerusform>, %n not readable</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract says where it is kept.</source>
        <translation>No contract says where it is kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>%n label written to %1</numerusform>
            <numerusform>%n labels written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop: %1 products, %2 stock movements, %3 price changes, %4 promotions.</source>
        <translation>Shop: %1 products, %2 stock movements, %3 price changes, %4 promotions.</translation>
    </message>
    <message>
        <source>Booked: %1 %2, %3 on hand (%4).</source>
        <translation>Booked: %1 %2, %3 on hand (%4).</translation>
    </message>
    <message>
        <source>Use: products import FILE [--dry-run]</source>
        <translation>Use: products import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Use: products list [--text TEXT] [--low]
     products book receive|sell|return|adjust CODE QUANTITY --reason TEXT [--ref TEXT]
     products import FILE [--dry-run]
     products labels --pdf FILE [--codes CODE,CODE,...] [--copies N]
     products export --format xlsx|csv --out FILE
     products report stock|prices|listings|promotions|products [--from DAY --to DAY] --format pdf|xlsx|csv --out FILE</source>
        <translation>Use: products list [--text TEXT] [--low]
     products book receive|sell|return|adjust CODE QUANTITY --reason TEXT [--ref TEXT]
     products import FILE [--dry-run]
     products labels --pdf FILE [--codes CODE,CODE,...] [--copies N]
     products export --format xlsx|csv --out FILE
     products report stock|prices|listings|promotions|products [--from DAY --to DAY] --format pdf|xlsx|csv --out FILE</translation>
    </message>
    <message>
        <source>Imported: %1 new orders, %2 new statuses.</source>
        <translation>Imported: %1 new orders, %2 new statuses.</translation>
    </message>
    <message>
        <source>There is no %1 order %2.</source>
        <translation>There is no %1 order %2.</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>Order %1: %2.</translation>
    </message>
    <message>
        <source>demo takes --employees N, --months M, --seed S, --supply-items N, --supply-movements N, --cash-per-day N, --shop-products N, --shop-movements N and --shop-orders N, each a whole number.</source>
        <translation>demo takes --employees N, --months M, --seed S, --supply-items N, --supply-movements N, --cash-per-day N, --shop-products N, --shop-movements N and --shop-orders N, each a whole number.</translation>
    </message>
    <message>
        <source>Orders: %1 from Taobao, JD, the web shop and Shopify, today&apos;s at every step.</source>
        <translation>Orders: %1 from Taobao, JD, the web shop and Shopify, today&apos;s at every step.</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n packing slip(s)).</source>
        <translation>
            <numerusform>Written: %1 (%n packing slip).</numerusform>
            <numerusform>Written: %1 (%n packing slips).</numerusform>
        </translation>
    </message>
    <message>
        <source>No columns are saved for %1: map them once in the import dialog, or with orders columns %1 number=HEADER created=HEADER title=HEADER ...</source>
        <translation>No columns are saved for %1: map them once in the import dialog, or with orders columns %1 number=HEADER created=HEADER title=HEADER ...</translation>
    </message>
    <message>
        <source>%1: a field is one of %2, as FIELD=HEADER.</source>
        <translation>%1: a field is one of %2, as FIELD=HEADER.</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>%1&apos;s exports dropped into %2 import by themselves.</source>
        <translation>%1&apos;s exports dropped into %2 import by themselves.</translation>
    </message>
    <message>
        <source>%1&apos;s folder is no longer watched.</source>
        <translation>%1&apos;s folder is no longer watched.</translation>
    </message>
    <message numerus="yes">
        <source>Written: %n order(s) and status(es).</source>
        <translation>
            <numerusform>Written: %n order and status(es).</numerusform>
            <numerusform>Written: %n orders and status(es).</numerusform>
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
        <translation>Use: orders import FILE --format taobao|shopify|mapped [--channel NAME] [--dry-run]
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
        <translation>%1	%2	%3	pulled by %4%5	up to %6</translation>
    </message>
    <message>
        <source> (this PC)</source>
        <translation> (this PC)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The web shop no longer feeds %1.</source>
        <translation>The web shop no longer feeds %1.</translation>
    </message>
    <message>
        <source>Consumer key and secret (ck_...:cs_...): </source>
        <translation>Consumer key and secret (ck_...:cs_...): </translation>
    </message>
    <message>
        <source>Admin API access token: </source>
        <translation>Admin API access token: </translation>
    </message>
    <message>
        <source>%1&apos;s orders are pulled from %2 by this PC, which alone holds the key.</source>
        <translation>%1&apos;s orders are pulled from %2 by this PC, which alone holds the key.</translation>
    </message>
    <message>
        <source>No web shop is pulled by this PC: set one with orders webshop CHANNEL KIND URL.</source>
        <translation>No web shop is pulled by this PC: set one with orders webshop CHANNEL KIND URL.</translation>
    </message>
    <message>
        <source>Official accounts: %1, kept by admin with the vault passphrase %2.</source>
        <translation>Official accounts: %1, kept by admin with the vault passphrase %2.</translation>
    </message>
    <message>
        <source>Web: %1 publishing requests, %2 security incidents.</source>
        <translation>Web: %1 publishing requests, %2 security incidents.</translation>
    </message>
    <message>
        <source>Customer service: %1 roster days, %2 feedback records, %3 bad-customer flags.</source>
        <translation>Customer service: %1 roster days, %2 feedback records, %3 bad-customer flags.</translation>
    </message>
    <message>
        <source>Name the database file with --db FILE, or a server&apos;s database with --db postgresql://USER@HOST/DATABASE.</source>
        <translation>Name the database file with --db FILE, or a server&apos;s database with --db postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>Copied %1 of %2 tables (%3)</source>
        <translation>Copied %1 of %2 tables (%3)</translation>
    </message>
    <message>
        <source>transfer needs --to postgresql://USER@HOST/DATABASE (an empty database on the server) for a company file, or --to FILE (a new file) for a company on a server.</source>
        <translation>transfer needs --to postgresql://USER@HOST/DATABASE (an empty database on the server) for a company file, or --to FILE (a new file) for a company on a server.</translation>
    </message>
    <message>
        <source>The company is in %1: %2 tables, %3 rows, the same counts as in %6; its audit chain of %4 records verifies (%5 s). %6 is as it was.</source>
        <translation>The company is in %1: %2 tables, %3 rows, the same counts as in %6; its audit chain of %4 records verifies (%5 s). %6 is as it was.</translation>
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
        <translation>Usage: shopdeskctl --db FILE|postgresql://[USER@]HOST/DATABASE [--user NAME] COMMAND
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
Commands that change data sign in as --user; the password comes from SHOPDESK_PASSWORD or a prompt.</translation>
    </message>
    <message>
        <source>%1 reads; %2 also enters and changes data, but adds to %3 only; %4 is a database administrator&apos;s. None owns a table. Every user now has a login of their own in the group of their level, named %5 (ASCII letters in lower case); until an administrator resets their password or they change it, only yours has one. Give the PCs the server&apos;s address without a user: each person signs in with their ShopDesk name and password.</source>
        <translation>%1 reads; %2 also enters and changes data, but adds to %3 only; %4 is a database administrator&apos;s. None owns a table. Every user now has a login of their own in the group of their level, named %5 (ASCII letters in lower case); until an administrator resets their password or they change it, only yours has one. Give the PCs the server&apos;s address without a user: each person signs in with their ShopDesk name and password.</translation>
    </message>
</context>
</TS>
