/* Generated from the api's OpenAPI document by `npm run web:client`; do not edit. */

export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 / Liveness and readiness */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 存活检查 / Liveness only, no dependency checked */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用激活码或邀请码设置密码 / Set a password with an activation or invitation code */
        post: operations["ActivationsController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务活动，可按社区、时间筛选 / Activities, by community and time */
        get: operations["ActivitiesController_list"];
        put?: never;
        /** 发布服务活动 / Publish an activity */
        post: operations["ActivitiesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一项服务活动及报名情况 / One activity and its sign-ups */
        get: operations["ActivitiesController_activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 一次登记整场活动的出勤并认证（服务队队长登记的待认证）/ Record and verify a whole activity’s attendance at once (a team leader’s rows wait for staff)
         * @description 每行按单条服务记录的规则检查，逐行答复；同一 Idempotency-Key 重试不会重复记录 / each row checked as a single record would be, answered row by row; a retry with the same Idempotency-Key records nothing twice
         */
        post: operations["AttendanceController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消服务活动 / Cancel an activity */
        post: operations["ActivitiesController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}/rescheduling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整活动时间（如系列活动中的一次）/ Move an activity, such as one occurrence of a series */
        post: operations["ActivitiesController_reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报名活动（志愿者本人或工作人员代报） / Sign up for an activity (the volunteer, or staff for them) */
        post: operations["ActivitiesController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}/signups/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 活动开始前退出报名 / Withdraw from an activity before it starts */
        delete: operations["ActivitiesController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activity-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按重复规则建立系列活动（如每月第二个星期六）/ Plan a recurring series of activities, such as every second Saturday */
        post: operations["ActivitySeriesController_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 访问日志：谁在何时查看了哪位志愿者的数据 / The access log: who read which volunteer's data, when */
        get: operations["AccessLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件日志，可按位置、时间、类型、流、志愿者、社区、操作人筛选（JSON 分页或 NDJSON 全量） / The event log, filtered (JSON pages, or every match as NDJSON) */
        get: operations["AuditEventsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/sign-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登录日志：登录、失败、锁定、解锁、会话结束、密码修改，新者在前 / The sign-in log, newest first */
        get: operations["SignInLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个事件流及其哈希链 / One stream's events and hash chain */
        get: operations["AuditEventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始一次核验：重放日志与现有视图比对并检查哈希链 / Start a verification: replay the log against the views and check the hash chains */
        post: operations["VerificationsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verifications/{verificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次核验的进度与结果 / A verification's progress and result */
        get: operations["VerificationsController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/volunteers/{volunteerId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者账户在过去某一时刻或位置的状态 / A volunteer's account as it stood at a past moment or position */
        get: operations["AccountHistoryController_account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开核验证明：是否仍与记录相符 / Check a certificate against the records (public) */
        get: operations["CertificatesController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/co-building-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区的共建协议 / A community's co-building agreements */
        get: operations["AgreementsController_forCommunity"];
        put?: never;
        /** 登记共建协议（驻区单位与社区） / Register a co-building agreement between a unit and a community */
        post: operations["AgreementsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/co-building-agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 变更共建协议（未给出的项不变） / Amend a co-building agreement (what is left out stays) */
        put: operations["AgreementsController_amend"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/co-building-agreements/{agreementId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 终止共建协议 / End a co-building agreement */
        post: operations["AgreementsController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 街道的社区 / The street's communities */
        get: operations["OrganisationController_communities"];
        put?: never;
        /** 登记社区 / Register a community */
        post: operations["OrganisationController_registerCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个社区 / One community */
        get: operations["OrganisationController_community"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities/{communityId}/issuer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置社区出具证明的单位、负责人、经办人、联系电话与印章 / Set who issues the community's certificates: organisation, responsible person, handling officer, phone and seal */
        put: operations["CertificateDetailsController_setIssuer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities/{communityId}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区年度统计 / A community's figures for a year */
        get: operations["CommunityStatisticsController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/correction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区待答复与已答复的异议；overdue=true 只列逾期未答复的 / A community's correction requests; overdue=true lists those open past the deadline */
        get: operations["CorrectionRequestsController_ofCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/donations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 把储存的服务时间捐入本社区公益时间池 / Donate stored credit to one’s community pool */
        post: operations["PoolsController_donate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/service-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出社区某月的服务记录（.xlsx，中文表头） / A month's service records of the community as .xlsx */
        get: operations["RosterController_exportServiceRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出社区志愿者名册（.xlsx，中文表头） / The community's volunteers as .xlsx, Chinese headers */
        get: operations["RosterController_exportVolunteers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 把储存的服务时间转赠给经确认的家庭成员（不转累计时长与星级） / Give stored credit to a confirmed family member (never lifetime hours or stars) */
        post: operations["GiftsController_give"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gifts/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 把储存的服务时间转赠给经确认为家庭成员的受助居民，计入其受助时间，可用于为其兑换服务 / Give stored credit to a resident in need confirmed as family: it joins their granted time, which a service for them can spend */
        post: operations["GiftsController_giveToResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/honour-roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度表彰榜：按当年认证时长排名（JSON 或 CSV） / The year's honour roll by verified time (JSON or CSV) */
        get: operations["HonoursController_honourRoll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/honours/badges-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待发胸牌：星级高于已认证星级的志愿者 / Badges due: volunteers above their certified star level */
        get: operations["HonoursController_badgesDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 邀请工作人员、管理员或审计员：一次性邀请码，72 小时有效 / Invite staff, an admin or an auditor: a one-time code valid 72 h */
        post: operations["InvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前调用者 / The caller, as the token says */
        get: operations["MeHttpController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知，最新在前 / My notifications, newest first */
        get: operations["NotificationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读（不指定则全部） / Mark read (all when none named) */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改密码（需原密码），并结束其他会话 / Change my password (the old one required); ends every other session */
        put: operations["MyAccountController_changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的登录会话：设备、地址、最近使用 / My sessions: device, address, last seen */
        get: operations["MyAccountController_mySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 结束我的某个会话 / End one of my sessions */
        delete: operations["MyAccountController_endMine"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monthly-record-closings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束某月的写实性档案（已结档的不变） / Close a month's factual records (months already closed stay as they are) */
        post: operations["MonthlyRecordsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monthly-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区各单位某月的写实性档案 / The factual records of a community's units for a month */
        get: operations["MonthlyRecordsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区的需求清单 / A community's list of residents' needs */
        get: operations["NeedsController_list"];
        put?: never;
        /** 登记居民需求（需求清单） / Put a residents' need on the community's list */
        post: operations["NeedsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{needId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭需求 / Close a need */
        post: operations["NeedsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs/{needId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 需求匹配：可承接的服务项目及其服务队、单位的志愿者 / The projects that meet a need, and the volunteers whose team or unit offers them */
        get: operations["NeedsController_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区的结对帮扶及走访 / A community's pairings and their visits */
        get: operations["PairingsController_list"];
        put?: never;
        /** 登记结对帮扶：单位与社区，或志愿者、单位与困难家庭（姓名电话加密保存） / Register a pairing: a unit with the community, or a volunteer or unit with a household in need (name and phone sealed) */
        post: operations["PairingsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pairings/{pairingId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束结对帮扶 / End a pairing */
        post: operations["PairingsController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pairings/{pairingId}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录结对走访（计为服务时长） / Record a visit of a pairing, as service */
        post: operations["PairingsController_visit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务机构，可按类别筛选，按名称或登记时间排序 / The partner institutions, by kind, sorted by name or date registered */
        get: operations["RewardCatalogueController_partners"];
        put?: never;
        /** 登记服务机构 / Register a partner institution */
        post: operations["RewardsController_registerPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个服务机构 / One partner institution */
        get: operations["RewardCatalogueController_partner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账户列表（手机号遮蔽） / Everyone with an account (phones masked) */
        get: operations["PeopleController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{personId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 结束某人的所有会话 / End every session of a person */
        delete: operations["PeopleController_endAll"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{personId}/sign-in-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为工作人员、管理员或审计员重新发放一次性登录码（邀请过期或忘记密码），72 小时有效 / A new one-time code for staff, an admin or an auditor (an expired invitation, a forgotten password), valid 72 h */
        post: operations["PeopleSignInCodesController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现行星级政策：星级门槛与发卡星级 / The policy in force: star thresholds and the card level */
        get: operations["PolicyController_policy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改可发消费卡的星级 / Change the star level that earns a time card */
        put: operations["PolicyController_changeCardLevel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/correction-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 异议答复期限（上海日，默认 15 日） / Days staff have to answer a correction request (Asia/Shanghai days, default 15) */
        put: operations["PolicyController_setCorrectionDeadline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/credit-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改转赠上限（单次、每年）、兑换年龄与储存上限，即时生效 / Change the gift limits (per gift, per year), the age to redeem and the storage cap, from now on */
        put: operations["PolicyController_changeCreditRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/ranking-weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改年终评价排序的权重 / Change the weights of the year-end ranking */
        put: operations["RankingsController_changeWeights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/separate-verifier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 是否要求记录人与认证人分离（谁记录谁证明） / Whether the verifier must be someone other than the recorder */
        put: operations["PolicyController_setSeparateVerifier"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/star-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改五个星级门槛（小时），即时生效 / Change the five star thresholds (hours), from now on */
        put: operations["PolicyController_changeStarThresholds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公益时间池余额 / The community pool’s balance */
        get: operations["PoolsController_pool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{communityId}/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记受助居民（孤寡老人等），姓名与电话加密保存 / Register a resident in need; name and phone sealed */
        post: operations["PoolsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{communityId}/beneficiaries/{beneficiaryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 受助居民及其获拨时间 / A resident in need and the pool time granted to them */
        get: operations["PoolsController_beneficiary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{communityId}/beneficiaries/{beneficiaryId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注销受助居民个人信息（获拨时间与流水保留） / Erase a resident in need’s personal data (granted time and its statement stay) */
        post: operations["PoolsController_eraseBeneficiary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{communityId}/beneficiaries/{beneficiaryId}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 以受助居民获拨的时间兑换一次服务，并为服务者记时 / Redeem a resident in need’s granted time for a service, crediting its provider */
        post: operations["PoolsController_redeemGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{communityId}/beneficiaries/{beneficiaryId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 受助居民获拨时间流水：拨付、兑换与退还 / A resident in need’s grant statement: grants, services paid from them, refunds */
        get: operations["PoolsController_beneficiaryStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{communityId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从公益时间池拨付给受助居民 / Grant pool time to a resident in need */
        post: operations["PoolsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{communityId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公益时间池流水，按记账顺序 / The community pool’s statement, in log order */
        get: operations["PoolsController_statement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rankings/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务队年终评价排序，含每月达标情况（至少一次活动，且党员服务日有活动） / The year-end ranking of teams, with each month's compliance (an activity held, one on the service day) */
        get: operations["RankingsController_teams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rankings/teams/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务队年终评价排序（PDF） / The teams' ranking as PDF */
        get: operations["RankingsController_teamsPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rankings/teams/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务队年终评价排序（.xlsx，中文表头，含达标月数） / The teams' ranking as .xlsx, Chinese headers, with compliant months */
        get: operations["RankingsController_teamsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rankings/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驻区单位年终评价排序 / The year-end ranking of co-building units */
        get: operations["RankingsController_units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rankings/units/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驻区单位年终评价排序（PDF） / The units' ranking as PDF */
        get: operations["RankingsController_unitsPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rankings/units/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驻区单位年终评价排序（.xlsx，中文表头） / The units' ranking as .xlsx, Chinese headers */
        get: operations["RankingsController_unitsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 兑换记录，可按社区、持卡人、状态筛选，按时间或时长排序 / Redemptions, by community, card holder and status, sorted by date or minutes */
        get: operations["RedemptionListsController_list"];
        put?: never;
        /** 服务换服务：以储存时间兑换一次服务，可同时为服务者记时 / Redeem stored time for a service, optionally crediting its provider */
        post: operations["RedemptionsController_redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redemptions/{redemptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次兑换 / One redemption */
        get: operations["RedemptionListsController_redemption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redemptions/{redemptionId}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销一次兑换，退还时间 / Reverse a redemption, giving the time back */
        post: operations["RedemptionsController_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/report-ins/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 在职党员报到人数：按单位、按社区 / In-service Party members reported in, per unit and per community */
        get: operations["UnitsController_reportInCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区某月服务时长：按服务队、单位、服务类别 / A community's verified hours of a month by team, unit and category */
        get: operations["MonthlyRecordsController_hoursReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/hours/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区某月服务时长报表（PDF） / The hours report as PDF */
        get: operations["MonthlyRecordsController_hoursPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/hours/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区某月服务时长报表（.xlsx，中文表头，含合计行） / The hours report as .xlsx, Chinese headers and a total line */
        get: operations["MonthlyRecordsController_hoursXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/monthly-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区驻区单位月度报表（来自已结档案） / The community's units for a month, from their closed records */
        get: operations["MonthlyRecordsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/monthly-records/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区驻区单位月度报表（PDF） / The monthly report as PDF */
        get: operations["MonthlyRecordsController_reportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/monthly-records/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区驻区单位月度报表（.xlsx，中文表头，含合计行） / The monthly report as .xlsx, Chinese headers and a total line */
        get: operations["MonthlyRecordsController_reportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reward-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区的奖励领取记录 / A community's reward claims */
        get: operations["RewardCatalogueController_claims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 奖励目录，可按状态、服务机构筛选，按名称、发布时间或星级排序 / The reward catalogue, by status and partner, sorted by name, date offered or star level */
        get: operations["RewardCatalogueController_rewards"];
        put?: never;
        /** 发布服务机构的奖励（星级、折扣、限额） / Offer a partner's reward (star level, discount, quota) */
        post: operations["RewardsController_offerReward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards/{rewardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一项奖励 / One reward */
        get: operations["RewardCatalogueController_reward"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards/{rewardId}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 服务换奖励：为志愿者登记一次领取（按当时星级与限额核对） / Record a volunteer's claim, checked against their star level and quota now */
        post: operations["RewardsController_claimReward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards/{rewardId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤下奖励 / Withdraw a reward */
        post: operations["RewardsController_withdrawReward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roster-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入：登记所有有效行，后台进行（202，用 GET 查看进度）；同一文件再次上传不会重复登记（200，返回原导入） / Import: registers every valid row in the background (202; follow it with GET); the same file again registers nobody (200, the import as it stands) */
        post: operations["RosterController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roster-imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入进度与逐行错误 / An import's progress and row errors */
        get: operations["RosterController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roster-imports/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 试导入：逐行检查，不写入任何数据 / Dry run: every row checked, nothing written */
        post: operations["RosterController_dryRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/seals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传印章图片（PNG，存一次，以 SHA-256 引用） / Upload a seal image (PNG, stored once, referred to by its SHA-256) */
        post: operations["CertificateDetailsController_uploadSeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/seals/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 印章图片 / A seal image */
        get: operations["CertificateDetailsController_seal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区的服务项目库 / A community's service-project menu */
        get: operations["ServiceProjectsController_list"];
        put?: never;
        /** 服务项目库：登记服务项目（由本社区的服务队或驻区单位提供） / Add a project to the service-project menu (offered by a team or unit of the community) */
        post: operations["ServiceProjectsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-projects/{projectId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 活动注明所开展的服务项目 / An activity names the project it delivers */
        post: operations["ServiceProjectsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-projects/{projectId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 服务项目开展、暂停或撤销 / Run, pause or retire a project */
        put: operations["ServiceProjectsController_status"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务记录，可按社区、志愿者、活动、状态筛选 / Service records, by community, volunteer, activity and status */
        get: operations["ServiceRecordListsController_list"];
        put?: never;
        /** 记录服务时长（工作人员可同时认证）；志愿者本人申报的待认证 / Record service (staff may verify at once); a volunteer's own report waits for staff */
        post: operations["ServiceRecordsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条服务记录 / One service record */
        get: operations["ServiceRecordsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records/{recordId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正服务记录的时长（0 为撤销） / Correct a record's minutes (0 reverses it) */
        post: operations["ServiceRecordsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records/{recordId}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回服务记录（须说明理由） / Reject a record, with a reason */
        post: operations["ServiceRecordsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records/{recordId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认证服务记录，时长计入账户 / Verify a record: its minutes go to the account */
        post: operations["ServiceRecordsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务需求，可按社区、状态筛选，按优先（持卡人在前）或时间排序 / Service requests, by community and status, sorted by priority (card holders first) or date */
        get: operations["ServiceRequestsController_queue"];
        put?: never;
        /** 登记服务需求（持卡人优先） / Record a request for service (card holders first) */
        post: operations["ServiceRequestsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一项服务需求 / One service request */
        get: operations["ServiceRequestsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{requestId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为服务需求指派服务者 / Assign a provider to a request */
        post: operations["ServiceRequestsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{requestId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消未完成的服务需求（受助人、服务者或社区工作人员）/ Cancel an open request (the person helped, the provider, or staff) */
        post: operations["ServiceRequestCancellationController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{requestId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 完成服务需求：兑换受助人的时间并为服务者记时 / Complete a request: redeem the recipient's time and credit the provider */
        post: operations["ServiceRequestsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录：手机号（或工号）和密码 / Sign in with phone (or staff id) and password */
        post: operations["SessionsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 退出登录：结束本会话并清除 Cookie / Sign out: end this session and clear the cookies */
        delete: operations["SessionsController_close"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 换发令牌（刷新令牌轮换） / Exchange a refresh token for new tokens (rotation)
         * @description API 客户端在请求体中给出 refreshToken；网页控制台发送空对象，由 shiji_refresh Cookie 携带刷新令牌，并须带 Origin 和 X-CSRF-Token。 / API clients send refreshToken in the body; the console sends {} with the shiji_refresh cookie, an Origin and X-CSRF-Token.
         */
        post: operations["SessionsController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员列表 / The staff members */
        get: operations["StaffController_list"];
        put?: never;
        /** 登记社区工作人员（可同时授权社区） / Register a staff member (with their communities) */
        post: operations["StaffController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一名工作人员及其授权社区 / One staff member and their communities */
        get: operations["StaffController_staff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 授权工作人员管理一个社区 / Grant a staff member a community */
        post: operations["StaffController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}/grants/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 收回工作人员对一个社区的授权 / Revoke a staff member's community */
        delete: operations["StaffController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区的志愿者服务队 / A community's service teams */
        get: operations["TeamsController_list"];
        put?: never;
        /** 登记志愿者服务队 / Register a service team */
        post: operations["OrganisationController_registerTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个服务队：队长、专长、队员及年度服务时长 / One team: leader, specialty, members and the year's hours */
        get: operations["TeamsController_team"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}/appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入服务队的年度民主评议得分（再次录入即修改） / Enter a team's appraisal for a year (entering again changes it) */
        post: operations["RankingsController_appraiseTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}/leader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 任命队长：可为本队活动登记服务（须由工作人员认证）/ Appoint the leader, who may record service at the team's activities (staff verify it) */
        post: operations["TeamsController_appointLeader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 服务队加入成员 / Add a member to a team */
        post: operations["OrganisationController_addTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}/members/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 队员离队 / A member leaves the team */
        delete: operations["TeamsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账户间转移：支付服务提供者的兑换、转赠家庭成员、捐入与拨出公益时间池 / Moves between two accounts: a redemption paying its provider, a gift to family, a donation to and a grant from the community pool */
        get: operations["TransfersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区的驻区单位 / A community's co-building units */
        get: operations["UnitsController_list"];
        put?: never;
        /** 登记驻区单位（联络员姓名、手机号加密保存） / Register a co-building unit (the liaison officer's name and phone sealed) */
        post: operations["UnitsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个驻区单位 / One co-building unit */
        get: operations["UnitsController_one"];
        /** 修改驻区单位（未给出的项不变；null 清除） / Edit a unit (what is left out stays; null clears) */
        put: operations["UnitsController_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入单位的年度民主评议得分（再次录入即修改） / Enter a unit's appraisal for a year (entering again changes it) */
        post: operations["RankingsController_appraiseUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/co-building-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驻区单位的共建协议（各社区） / A unit's co-building agreements, with every community */
        get: operations["AgreementsController_forUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/liaison-erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注销联络员个人信息 / Erase the liaison officer's personal data */
        post: operations["UnitsController_eraseLiaison"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/monthly-records/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个单位某月的写实性档案（含本单位联络员账号） / A unit's factual record of a month (its liaison officer's account too) */
        get: operations["MonthlyRecordsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/retirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销驻区单位 / Retire a unit */
        post: operations["UnitsController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/free-text-migration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 把志愿者填写的单位名称登记为驻区单位 / Register every free-text unit name volunteers gave as a unit */
        post: operations["UnitsController_migrateFreeText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteer-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区的志愿者申请，先到先列 / A community's applications, oldest first */
        get: operations["VolunteerApplicationsController_list"];
        put?: never;
        /** 申请成为志愿者（无需登录，每个网络地址每小时至多 10 次） / Apply to volunteer (no token; at most 10 an hour per address) */
        post: operations["VolunteerApplicationsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteer-applications/{applicationId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 通过申请：登记为志愿者（规则同 POST /v1/volunteers），返回新志愿者编号 / Approve: registers the volunteer and answers their id */
        post: operations["VolunteerApplicationsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteer-applications/{applicationId}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回申请并说明理由；申请人的个人信息随即销毁 / Reject with a reason; the applicant's data is shredded */
        post: operations["VolunteerApplicationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者名册：按社区、星级、姓名或手机号查找 / The volunteer roster, by community, star level, name or phone */
        get: operations["OrganisationController_listVolunteers"];
        put?: never;
        /** 登记志愿者（姓名、手机号加密保存） / Register a volunteer (name and phone sealed) */
        post: operations["OrganisationController_registerVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者档案 / A volunteer's profile */
        get: operations["OrganisationController_volunteer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 时间账户：余额、累计认证时长、星级、消费卡 / The time account: balance, lifetime verified time, star level, card */
        get: operations["AccountsController_account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/activation-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为志愿者发放激活码（8 位，14 天，一次有效；忘记密码时亦用此）及打印纸条内容 / Issue a volunteer's activation code (8 digits, 14 days, single use; also for a forgotten password) and the slip to print */
        post: operations["ActivationCodesController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/birth-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记出生日期（加密保存，用于兑换年龄规则） / Record the birth date (sealed; read by the age rule) */
        put: operations["BirthDateController_record"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发放服务时间消费卡（须达到发卡星级） / Issue the service-time card (the card level reached) */
        post: operations["CardsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card/loss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 挂失消费卡 / Report the card lost */
        post: operations["CardsController_reportLost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复已暂停的消费卡 / Reinstate a suspended card */
        post: operations["CardsController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补发消费卡（新卡号） / Reissue the card (a new number) */
        post: operations["CardsController_reissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停消费卡 / Suspend the card */
        post: operations["CardsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿服务记录证明（PDF），验证码见 X-Certificate-Code / The service-record certificate (PDF); its code in X-Certificate-Code */
        get: operations["CertificatesController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认证星级并发放胸牌 / Certify a star level and issue its badge */
        post: operations["HonoursController_certify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/commendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录志愿者获得的表彰 / Record a commendation of the volunteer */
        post: operations["VolunteerRecordController_commendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/correction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者的异议及答复（驳回理由、更正记录） / A volunteer's correction requests and their answers */
        get: operations["CorrectionRequestsController_ofVolunteer"];
        put?: never;
        /** 对服务记录（或漏记的服务）提出异议并说明理由 / Object to a service record, or to a missing one, with a reason */
        post: operations["CorrectionRequestsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/correction-requests/{requestId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理异议：先更正或补记服务记录，再在此指明该记录 / Accept: correct or add the record first, then name it here */
        post: operations["CorrectionRequestsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/correction-requests/{requestId}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回异议并说明理由（志愿者可见），记录不变 / Reject with a reason the volunteer reads; the record stays as it is */
        post: operations["CorrectionRequestsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注销志愿者个人信息（时长与审计链保留） / Erase a volunteer's personal data (hours and the audit chain stay) */
        post: operations["OrganisationController_eraseVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工作人员对志愿者的年度评价（同一年再评即替换） / Staff's yearly evaluation of the volunteer (a later one of the same year replaces it) */
        post: operations["VolunteerRecordController_evaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/family-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已申报的家庭成员及确认状态（已注销者标明，不可再受赠） / Declared family members and whether each is confirmed (an erased member is marked: gifts to them are refused) */
        get: operations["FamilyController_list"];
        put?: never;
        /** 申报家庭成员（配偶、父母、子女、祖父母、孙辈），待工作人员确认 / Declare a family member, for staff to confirm */
        post: operations["FamilyController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/family-members/{memberVolunteerId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工作人员确认家庭关系 / Staff confirm the relation */
        post: operations["FamilyController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/family-members/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申报本社区登记的受助居民为家庭成员，待工作人员确认 / Declare a resident in need of one’s community as a family member, for staff to confirm */
        post: operations["FamilyController_declareResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/family-members/residents/{beneficiaryId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工作人员确认与受助居民的家庭关系 / Staff confirm the relation to the resident in need */
        post: operations["FamilyController_confirmResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/identity-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记志愿者证件（居民身份证校验位须正确；加密保存，除证明外只显示后四位） / Record a volunteer's identity document (a resident ID's check character must be right; sealed, shown with only its last four characters except on the certificate) */
        put: operations["CertificateDetailsController_recordIdentityDocument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账户流水，新者在前 / The account's ledger, newest first */
        get: operations["AccountsController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 志愿者迁至另一社区 / Move a volunteer to another community */
        post: operations["OrganisationController_moveVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某志愿者收到的通知（本人或其社区工作人员） / A volunteer's notifications (themselves, or staff of their community) */
        get: operations["NotificationsController_ofVolunteer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者的培训、表彰与年度评价记录 / A volunteer's training, commendations and yearly evaluations */
        get: operations["VolunteerRecordController_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复志愿者身份 / Reinstate a volunteer */
        post: operations["OrganisationController_reinstateVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/report-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在职党员到居住社区报到 / An in-service Party member reports in to the community where they live */
        post: operations["UnitsController_reportIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者现可领取的奖励 / The rewards a volunteer may claim now */
        get: operations["RewardsController_eligible"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/service-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者本人的服务记录，新者在前 / A volunteer's records, newest first */
        get: operations["ServiceRecordListsController_volunteer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停志愿者身份 / Suspend a volunteer */
        post: operations["OrganisationController_suspendVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录志愿者参加的培训 / Record training the volunteer attended */
        post: operations["VolunteerRecordController_training"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 志愿者所属驻区单位（null 为无） / The unit a volunteer belongs to (null: none) */
        put: operations["UnitsController_changeUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AcceptCorrectionRequestBody: {
            /** @description 更正后的服务记录（先更正或补记，再受理） / the corrected or newly recorded service record (made first, then named here) */
            correctionRecordId: string;
        };
        AccessLogPage: {
            items: {
                actorId: string;
                actorRole: string;
                at: string;
                id: number;
                method: string;
                path: string;
            }[];
            nextCursor: string | null;
        };
        Account: {
            card: components["schemas"]["TimeCard"] | null;
            certifiedStarLevels: number[];
            creditMinutes: number;
            levelHistory: {
                at: string;
                cause: string;
                position: number;
                starLevel: number;
            }[];
            lifetimeMinutes: number;
            minutesToNextStar: number | null;
            nextStarLevel: number | null;
            owes: boolean;
            position: number;
            starLevel: number;
            starLevelSince: {
                at: string;
                cause: string;
                position: number;
                starLevel: number;
            } | null;
            volunteerId: string;
        };
        AccountAsOf: {
            asOf: {
                [key: string]: unknown;
            };
            card: {
                cardNumber: string;
                issuedAt: string;
                /** @enum {string} */
                status: "active" | "suspended" | "lost";
            } | null;
            cardMinStarLevel: number;
            creditMinutes: number;
            lifetimeMinutes: number;
            owes: boolean;
            position: number;
            record: {
                commendations: {
                    date: string;
                    /** @enum {string} */
                    level: "community" | "street" | "district" | "city";
                    title: string;
                }[];
                evaluations: {
                    comment: string;
                    evaluatedBy: string;
                    /** @enum {string} */
                    rating: "excellent" | "good" | "pass" | "fail";
                    year: number;
                }[];
                trainings: {
                    course: string;
                    date: string;
                    minutes: number;
                    trainer: string;
                }[];
            };
            starLevel: number;
            thresholdHours: number[];
            volunteerId: string;
        };
        ActivatedView: {
            /** Format: uuid */
            personId: string;
            position: number;
            /** @enum {string} */
            role: "volunteer" | "staff" | "admin" | "auditor";
            /** @description 访问令牌的 sub：志愿者编号、工号，或管理员、审计员的 personId / the access token's sub: a volunteer id, a staff id, or an admin's or auditor's person id */
            subject: string;
        };
        ActivationBody: {
            /**
             * @description 激活码或邀请码；空格、连字符、大小写不计 / the activation or invitation code; spaces, dashes and case are ignored
             * @example 1234 5678
             */
            code: string;
            /**
             * Format: password
             * @description 新密码，至少 8 个字符 / the new password, at least 8 characters
             */
            password: string;
            /** @example 13812345678 */
            phone: string;
        };
        ActivationCodeBody: {
            /**
             * @description 同时通过短信发送到志愿者登记的手机 / also send the code by SMS to the volunteer's registered phone
             * @default false
             */
            sms: boolean;
        };
        ActivationCodeView: {
            /** @example https://shiji.example.org/activate#code=12345678 */
            activationUrl: string;
            /**
             * @description 8 位一次性激活码，14 天内有效 / one-time code, 8 digits, valid 14 days
             * @example 12345678
             */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            personId: string;
            position: number;
            /** @enum {string} */
            purpose: "activation" | "password-reset";
            slip: components["schemas"]["ActivationSlipView"];
            volunteerId: string;
        };
        ActivationSlipView: {
            /** @description 二维码内容 / what the QR code holds */
            activationUrl: string;
            /** @example 1234 5678 */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description 打印在纸条上的说明 / instructions printed on the slip */
            lines: string[];
            /** @example 王秀英 */
            name: string;
            /**
             * @description 登录用的手机号（遮蔽） / the sign-in phone, masked
             * @example 138****5678
             */
            phone: string;
        };
        Activity: {
            activityId: string;
            capacity: number | null;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            communityName: string | null;
            endsAt: string;
            participants: {
                addedByStaff: boolean;
                name: string | null;
                volunteerId: string;
            }[];
            place: string;
            publishedAt: string;
            seriesId: string | null;
            startsAt: string;
            /** @enum {string} */
            status: "published" | "cancelled";
            teamId: string | null;
            teamName: string | null;
            title: string;
            waiting: {
                addedByStaff: boolean;
                name: string | null;
                volunteerId: string;
            }[];
        };
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            nextCursor: string | null;
        };
        ActivitySeriesPlanned: {
            occurrences: {
                activityId: string;
                endsAt: string;
                startsAt: string;
            }[];
            position: number | null;
            seriesId: string;
        };
        ActorView: {
            /**
             * @example [
             *       "c1"
             *     ]
             */
            communities: string[];
            /** @example alice */
            id: string;
            /** @enum {string} */
            role: "volunteer" | "staff" | "admin" | "auditor";
            /** @description 登录会话 / The session a signed-in person's token belongs to; null for a CLI token */
            sessionId: string | null;
            /** @description The token id (jti) */
            tokenId: string;
        };
        AddTeamMemberBody: {
            volunteerId: string;
        };
        AmendAgreementBody: {
            commitments?: string;
            /** @example 2027-12-31 */
            endsOn?: string | null;
            projectIds?: string[];
        };
        ApplicationDecided: {
            applicationId: string;
            position: number | null;
            volunteerId: string | null;
        };
        ApplicationReceived: {
            applicationId: string;
            position: number | null;
        };
        ApplyBody: {
            /**
             * @description 申请加入的社区 / the community applied to
             * @example beixiajie
             */
            communityId: string;
            /** @example 张三 */
            name: string;
            /**
             * @description 备注（可选，至多 500 字） / optional note, at most 500 characters
             * @example 周末有空，擅长维修家电
             */
            note?: string;
            /** @description 是否党员 / Party member */
            partyMember: boolean;
            /**
             * @description 手机号 / mainland mobile number
             * @example 13812345678
             */
            phone: string;
        };
        AppointLeaderBody: {
            volunteerId: string;
        };
        AppraisalBody: {
            /** @description 民主评议得分 / appraisal score */
            score: number;
            /** @example 2026 */
            year: number;
        };
        AssignProviderBody: {
            providerVolunteerId: string;
        };
        AttendanceOutcome: {
            activityId: string;
            position: number | null;
            recorded: number;
            refused: number;
            rows: {
                code: string | null;
                message: string | null;
                minutes: number;
                /** @enum {string} */
                outcome: "recorded" | "refused";
                recordId: string | null;
                volunteerId: string;
            }[];
        };
        AttendanceRow: {
            /** @description 实际服务分钟数，默认为活动时长 / minutes served; the activity’s length if left out */
            minutes?: number;
            volunteerId: string;
        };
        AuditEvent: {
            data: {
                [key: string]: unknown;
            };
            eventId: string;
            metadata: {
                [key: string]: unknown;
            };
            position: number;
            recordedAt: string;
            revision: number;
            streamId: string;
            type: string;
            version: number;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
        };
        AuditStream: {
            items: components["schemas"]["AuditEvent"][];
            nextRevision: number | null;
            streamId: string;
        };
        BadgesDue: {
            communityId: string;
            items: {
                highestCertifiedStarLevel: number;
                name: string | null;
                starLevel: number;
                volunteerId: string;
            }[];
        };
        Beneficiary: {
            balanceMinutes: number;
            beneficiaryId: string;
            communityId: string;
            erased: boolean;
            erasedAt: string | null;
            giftedMinutes: number;
            grantedMinutes: number;
            name: string;
            phone: string;
            redeemedMinutes: number;
            registeredAt: string;
        };
        BeneficiaryErased: {
            beneficiaryId: string;
            communityId: string;
            position: number | null;
        };
        BeneficiaryRegistered: {
            beneficiaryId: string;
            communityId: string;
            position: number | null;
        };
        BeneficiaryStatement: {
            items: {
                balanceAfter: number;
                beneficiaryId: string;
                communityId: string;
                description: string | null;
                entryId: string;
                /** @enum {string} */
                kind: "grant" | "redemption" | "redemption_refunded" | "family_gift" | "family_gift_refused";
                minutesDelta: number;
                occurredAt: string;
                position: number;
                providerVolunteerId: string | null;
                reference: string;
                refusalCode: string | null;
            }[];
            nextCursor: string | null;
        };
        BirthDateBody: {
            /**
             * @description 出生日期，与姓名、电话一样加密保存，注销后不可读 / the birth date, sealed like name and phone and unreadable after erasure
             * @example 1960-05-01
             */
            birthDate: string;
        };
        BirthDateRecorded: {
            position: number | null;
            volunteerId: string;
        };
        CancelActivityBody: {
            reason: string;
        };
        CancelServiceRequestBody: {
            /** @description 取消原因 / why */
            reason: string;
        };
        CardLevelBody: {
            /** @example 5 */
            minStarLevel: number;
        };
        CardLevelChanged: {
            minStarLevel: number;
            position: number | null;
        };
        CertificateCheck: {
            certificateNumber: string | null;
            code: string;
            communityId: string;
            communityName: string;
            firstServiceDay: string | null;
            issuedAt: string;
            issuedOn: string;
            issuer: {
                contactPhone: string;
                handlingOfficer: string;
                organisationName: string;
                responsiblePerson: string;
            } | null;
            lastServiceDay: string | null;
            matches: boolean;
            totals: {
                byActivity: {
                    activityId: string | null;
                    /** @enum {string} */
                    category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
                    minutes: number;
                    records: number;
                    title: string | null;
                }[];
                byCategory: {
                    /** @enum {string} */
                    category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
                    minutes: number;
                    records: number;
                }[];
                records: number;
                totalMinutes: number;
            };
            volunteerName: string;
            year: number;
        };
        CertificateIssuerBody: {
            /**
             * @description 联系电话 / contact phone
             * @example 0371-66661234
             */
            contactPhone: string;
            /**
             * @description 经办人（缺省） / default handling officer
             * @example 李华
             */
            handlingOfficer: string;
            /**
             * @description 出具单位 / issuing organisation
             * @example 北下街社区居民委员会
             */
            organisationName: string;
            /**
             * @description 负责人 / responsible person
             * @example 王敏
             */
            responsiblePerson: string;
            /**
             * @description 印章图片的 SHA-256（先上传 POST /v1/seals） / the seal image's SHA-256 (upload it first)
             * @example null
             */
            sealSha256?: Record<string, never> | null;
        };
        CertificateIssuerSet: {
            communityId: string;
            issuer: {
                contactPhone: string;
                handlingOfficer: string;
                organisationName: string;
                responsiblePerson: string;
                sealSha256: string | null;
            };
            position: number | null;
        };
        CertifyStarLevelBody: {
            /** @description 认证的星级（发放胸牌、标注活动证）/ the level certified (badge issued, certificate marked) */
            starLevel: number;
        };
        ClaimRewardBody: {
            volunteerId: string;
        };
        CloseMonthBody: {
            /**
             * @description 月份（上海时间） / the month (Asia/Shanghai)
             * @example 2026-03
             */
            month: string;
        };
        CloseNeedBody: {
            /** @example 已由服务项目承接 */
            reason: string;
        };
        CoBuildingAgreement: {
            agreementId: string;
            amendedAt: string | null;
            commitments: string;
            communityId: string;
            endedOn: string | null;
            endsOn: string | null;
            projectIds: string[];
            registeredAt: string;
            startsOn: string;
            unitId: string;
        };
        CoBuildingAgreementList: {
            items: components["schemas"]["CoBuildingAgreement"][];
        };
        CommendationBody: {
            /**
             * @description 日期（上海时间）YYYY-MM-DD / the day (Asia/Shanghai)
             * @example 2025-04-12
             */
            date: string;
            /**
             * @description 表彰级别：社区、街道、区、市 / community, street, district or city
             * @enum {string}
             */
            level: "community" | "street" | "district" | "city";
            /** @example 优秀志愿者 */
            title: string;
        };
        Community: {
            communityId: string;
            issuer?: {
                contactPhone: string;
                handlingOfficer: string;
                organisationName: string;
                responsiblePerson: string;
                sealSha256: string | null;
            };
            name: string;
            registeredAt: string;
        };
        CommunityList: {
            items: components["schemas"]["Community"][];
        };
        CommunityStatistics: {
            communityId: string;
            communityName: string;
            minutesByMonth: {
                minutes: number;
                month: number;
            }[];
            openCorrectionRequests: number;
            overdueCorrectionRequests: number;
            pendingRecords: number;
            starLevels: {
                starLevel: number;
                volunteers: number;
            }[];
            topVolunteers: {
                minutes: number;
                name: string | null;
                starLevel: number;
                volunteerId: string;
            }[];
            verifiedMinutes: number;
            volunteers: number;
            year: number;
        };
        CompleteServiceRequestBody: {
            /** @description 实际服务分钟数 / whole minutes served */
            minutes: number;
            /**
             * Format: date-time
             * @example 2026-11-01T01:00:00Z
             */
            startedAt: string;
        };
        ComponentHealth: {
            /**
             * @description Set when down: unreachable (refused, reset, restarting), timeout (no answer within 3 s), error (anything else)
             * @enum {string}
             */
            reason?: "unreachable" | "timeout" | "error";
            /** @enum {string} */
            status: "up" | "down";
        };
        CorrectionDeadlineBody: {
            /**
             * @description 收到异议后答复的期限（上海日，0 即当日答复） / days to answer a correction request (Asia/Shanghai days; 0 means the same day)
             * @example 15
             */
            correctionDeadlineDays: number;
        };
        CorrectionDeadlineChanged: {
            correctionDeadlineDays: number;
            position: number | null;
        };
        CorrectionRequest: {
            answerDue: string;
            answeredAt: string | null;
            answeredBy: string | null;
            communityId: string;
            correctionRecordId: string | null;
            filedAt: string;
            filedBy: string;
            overdue: boolean;
            reason: string;
            recordId: string | null;
            rejectionReason: string | null;
            requestId: string;
            /** @enum {string} */
            status: "open" | "accepted" | "rejected";
            volunteerId: string;
        };
        CorrectionRequestAnswered: {
            correctionRecordId: string | null;
            position: number | null;
            requestId: string;
            /** @enum {string} */
            status: "accepted" | "rejected";
        };
        CorrectionRequestFiled: {
            position: number | null;
            requestId: string;
            volunteerId: string;
        };
        CorrectionRequestList: {
            correctionDeadlineDays: number;
            items: components["schemas"]["CorrectionRequest"][];
        };
        CorrectServiceBody: {
            /** @description 更正后的分钟数，0为撤销 / corrected minutes, 0 reverses the record */
            minutes: number;
            reason: string;
        };
        CreditRulesBody: {
            /**
             * @description 超出上限的部分：discard 不予储存，pool 转入所在社区公益时间池 / the excess over the cap: discard, not stored; pool, sent to the community pool
             * @default pool
             * @enum {string}
             */
            capExcessTo: "discard" | "pool";
            /**
             * @description 储存时间上限（小时）；不填或 null 为不限。累计时长与星级不受限 / the storage cap on credit in hours; absent or null: none. Lifetime hours and stars are never capped
             * @example 1500
             */
            creditCapHours?: number | null;
            /**
             * @description 单次转赠上限（分钟） / at most this many minutes a gift
             * @example 600
             */
            giftMaxMinutes: number;
            /**
             * @description 每个志愿者每个自然年（北京时间）转赠上限（分钟） / at most this many minutes given a Shanghai year, per volunteer
             * @example 3000
             */
            giftYearlyMinutes: number;
            /**
             * @description 兑换本人储存时间所需年龄；不填或 null 为不限 / the age needed to spend one's own credits; absent or null: any age
             * @example 60
             */
            minAgeToRedeem?: number | null;
        };
        CreditRulesChanged: {
            /** @enum {string} */
            capExcessTo: "discard" | "pool";
            creditCapHours: number | null;
            giftMaxMinutes: number;
            giftYearlyMinutes: number;
            minAgeToRedeem: number | null;
            position: number | null;
        };
        CreditsDonated: {
            communityId: string;
            creditMinutes: number;
            donationId: string;
            minutes: number;
            position: number | null;
            volunteerId: string;
        };
        CreditsGiven: {
            creditMinutes: number;
            fromVolunteerId: string;
            giftId: string;
            minutes: number;
            position: number | null;
            toVolunteerId: string;
        };
        CreditsGivenToResident: {
            beneficiaryId: string;
            creditMinutes: number;
            fromVolunteerId: string;
            giftId: string;
            minutes: number;
            position: number | null;
        };
        CreditsRedeemed: {
            creditMinutes: number;
            minutes: number;
            position: number | null;
            providerRecordId: string | null;
            redemptionId: string;
            volunteerId: string;
        };
        DeclareFamilyMemberBody: {
            /** @description 家庭成员（已登记的志愿者） / the family member, a registered volunteer */
            memberVolunteerId: string;
            /**
             * @description 对申报人而言的关系 / who they are to the volunteer declaring them
             * @enum {string}
             */
            relation: "spouse" | "parent" | "child" | "grandparent" | "grandchild";
        };
        DeclareFamilyResidentBody: {
            /** @description 本社区登记的受助居民（姓名、电话已加密） / a resident in need registered in the volunteer’s community (name and phone sealed) */
            beneficiaryId: string;
            /**
             * @description 对申报人而言的关系 / who they are to the volunteer declaring them
             * @enum {string}
             */
            relation: "spouse" | "parent" | "child" | "grandparent" | "grandchild";
        };
        DonateCreditsBody: {
            /** @example 60 */
            minutes: number;
            /** @description 捐出时间的志愿者，捐入其所在社区的公益时间池 / the volunteer who donates, to their own community’s pool */
            volunteerId: string;
        };
        EditUnitBody: {
            /** @enum {string} */
            kind?: "enterprise" | "school" | "hospital" | "government" | "social_organisation" | "other";
            liaison?: components["schemas"]["LiaisonBody"] | null;
            /** @description 联络员本人的志愿者账号：可查看本单位的月度写实档案；null 为取消 / the volunteer whose account is the liaison officer's: they may read this unit's monthly records; null unlinks */
            liaisonVolunteerId?: string | null;
            name?: string;
            partyOrganisation?: string | null;
        };
        EligibleReward: {
            claimsLeft: number | null;
            discountPercent: number;
            kind: string;
            minStarLevel: number;
            name: string;
            offeredAt: string;
            partnerId: string;
            partnerName: string | null;
            period: string | null;
            quota: {
                count: number;
                /** @enum {string} */
                period: "month" | "quarter" | "year";
            } | null;
            rewardId: string;
            withdrawn: boolean;
        };
        EligibleRewards: {
            items: components["schemas"]["EligibleReward"][];
            starLevel: number;
            volunteerId: string;
        };
        EndAgreementBody: {
            /**
             * @description 终止日期 / the day it ends
             * @example 2026-06-30
             */
            endedOn: string;
        };
        EndedSessionsView: {
            endedSessions: number;
        };
        EndPairingBody: {
            /** @example 家庭已搬迁 */
            reason: string;
        };
        EvaluationBody: {
            /** @example 全年坚持参加助老服务，认真负责。 */
            comment: string;
            /**
             * @description 评价：优秀、良好、合格、不合格 / excellent, good, pass, fail
             * @enum {string}
             */
            rating: "excellent" | "good" | "pass" | "fail";
            /** @example 2025 */
            year: number;
        };
        FamilyMemberConfirmed: {
            memberVolunteerId: string;
            position: number | null;
            volunteerId: string;
        };
        FamilyMemberDeclared: {
            memberVolunteerId: string;
            position: number | null;
            /** @enum {string} */
            relation: "spouse" | "parent" | "child" | "grandparent" | "grandchild";
            volunteerId: string;
        };
        FamilyMembers: {
            items: {
                confirmed: boolean;
                confirmedAt: string | null;
                declaredAt: string;
                memberBeneficiaryId: string | null;
                memberErased: boolean;
                memberVolunteerId: string | null;
                /** @enum {string} */
                relation: "spouse" | "parent" | "child" | "grandparent" | "grandchild";
                volunteerId: string;
            }[];
        };
        FamilyResidentConfirmed: {
            beneficiaryId: string;
            position: number | null;
            volunteerId: string;
        };
        FamilyResidentDeclared: {
            beneficiaryId: string;
            position: number | null;
            /** @enum {string} */
            relation: "spouse" | "parent" | "child" | "grandparent" | "grandchild";
            volunteerId: string;
        };
        FileCorrectionRequestBody: {
            /** @example 3月1日助浴服务实为两小时，记录为一小时 / served two hours on 1 March, recorded one */
            reason: string;
            /** @description 有异议的服务记录；不填则为漏记的服务 / the record objected to; omit when a record is missing */
            recordId?: string;
        };
        FreeTextUnitsMigrated: {
            position: number | null;
            units: {
                communityId: string;
                unitId: string;
                volunteers: number;
            }[];
            unresolved: number;
        };
        GiveCreditsBody: {
            /** @description 转出时间的志愿者 / the volunteer who gives */
            fromVolunteerId: string;
            /** @example 120 */
            minutes: number;
            /** @description 经确认的家庭成员（已登记的志愿者） / the confirmed family member (a registered volunteer) who receives */
            toVolunteerId: string;
        };
        GiveCreditsToResidentBody: {
            /** @description 经确认为家庭成员的受助居民 / the resident in need confirmed as the volunteer’s family */
            beneficiaryId: string;
            /** @description 转出时间的志愿者 / the volunteer who gives */
            fromVolunteerId: string;
            /** @example 120 */
            minutes: number;
        };
        GrantCommunityBody: {
            /** @example beixiajie */
            communityId: string;
        };
        GrantFromPoolBody: {
            /** @description 受助居民（孤寡老人等） / the resident in need */
            beneficiaryId: string;
            /** @example 120 */
            minutes: number;
            /** @example 独居老人助餐 / meals for an elderly person living alone */
            reason: string;
        };
        GrantRedeemed: {
            beneficiaryId: string;
            communityId: string;
            grantMinutes: number;
            minutes: number;
            position: number | null;
            providerRecordId: string;
            redemptionId: string;
        };
        HealthReport: {
            database: components["schemas"]["ComponentHealth"];
            eventStore: components["schemas"]["ComponentHealth"];
            projections: components["schemas"]["ProjectionsHealth"];
            /** @description 状态原因（中文 / English），正常时为空 / Why the status is not up; empty when it is */
            reasons: string[];
            /** @enum {string} */
            status: "up" | "degraded" | "down";
            transfers: components["schemas"]["TransfersHealth"];
            verification: components["schemas"]["VerificationHealth"];
        };
        HonourRoll: {
            communityId: string | null;
            items: components["schemas"]["HonourRollEntry"][];
            year: number;
        };
        HonourRollEntry: {
            communityId: string | null;
            communityName: string | null;
            name: string | null;
            rank: number;
            records: number;
            starLevel: number;
            verifiedHours: number;
            verifiedMinutes: number;
            volunteerId: string;
        };
        HoursReport: {
            byCategory: {
                [key: string]: unknown;
            };
            byCommunity: {
                [key: string]: unknown;
            };
            byTeam: {
                [key: string]: unknown;
            };
            byUnit: {
                [key: string]: unknown;
            };
            communityId: string;
            lines: {
                category: string;
                communityId: string;
                hours: number;
                minutes: number;
                records: number;
                teamId: string | null;
                teamName: string | null;
                unitId: string | null;
                unitName: string | null;
            }[];
            month: string;
            total: {
                minutes: number;
                records: number;
            };
        };
        HouseholdBody: {
            /** @description 困难家庭户主姓名（加密保存） / the household's name (sealed) */
            name: string;
            /** @description 联系电话（加密保存） / the household's phone (sealed) */
            phone: string;
        };
        IdentityDocumentBody: {
            /**
             * @description 证件号码；居民身份证校验位须正确 / the number; a resident ID's check character must be right
             * @example 11010519491231002X
             */
            number: string;
            /**
             * @description 证件类型：居民身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证 / the document type
             * @example resident_id
             * @enum {string}
             */
            type: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit";
        };
        IdentityDocumentRecorded: {
            number: string;
            position: number | null;
            /** @enum {string} */
            type: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit";
            volunteerId: string;
        };
        InvitationBody: {
            /**
             * @description 工作人员负责的社区 / the staff member's communities
             * @example [
             *       "beixiajie"
             *     ]
             */
            communityIds?: string[];
            /** @example 李主任 */
            name: string;
            /**
             * @description 手机号，登录名 / the mobile number, their sign-in name
             * @example 13800000002
             */
            phone: string;
            /** @enum {string} */
            role: "staff" | "admin" | "auditor";
            /**
             * @description 同时通过短信发送邀请码 / also send the code by SMS
             * @default false
             */
            sms: boolean;
            /**
             * @description 工号，工作人员必填；已登记的工作人员也可受邀 / the staff id, required for staff; already registered staff may be invited too
             * @example li-zhuren
             */
            staffId?: string;
        };
        InvitationView: {
            /** @example https://shiji.example.org/activate#code=7KQ2-M9XD-4RTB-WZ3H */
            activationUrl: string;
            /**
             * @description 一次性邀请码，72 小时内有效 / one-time invitation code, valid 72 h
             * @example 7KQ2-M9XD-4RTB-WZ3H
             */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            personId: string;
            position: number;
            /** @enum {string} */
            role: "volunteer" | "staff" | "admin" | "auditor";
            /** @description 访问令牌的 sub：志愿者编号、工号，或管理员、审计员的 personId / the access token's sub: a volunteer id, a staff id, or an admin's or auditor's person id */
            subject: string;
        };
        LedgerLine: {
            activityId: string | null;
            activityTitle: string | null;
            category: string | null;
            creditAfter: number;
            creditDelta: number;
            description: string | null;
            entryId: string;
            eventId: string;
            /** @enum {string} */
            kind: "verified" | "corrected" | "redeemed" | "redemption_reversed" | "gift_given" | "gift_received" | "gift_refused" | "gift_returned" | "donated" | "capped";
            lifetimeAfter: number;
            lifetimeDelta: number;
            occurredAt: string;
            position: number;
            reason: string | null;
            reference: string;
            serviceStartedAt: string | null;
            starLevelAfter: number;
            volunteerId: string;
        };
        LedgerPage: {
            items: components["schemas"]["LedgerLine"][];
            nextCursor: string | null;
        };
        LiaisonBody: {
            /** @description 联络员姓名（加密保存） / liaison officer's name (sealed) */
            name: string;
            /** @description 联络员手机号（加密保存） / liaison officer's phone (sealed) */
            phone: string;
        };
        MarkReadBody: {
            /** @description 要标为已读的通知；不填则全部标为已读 / the notifications to mark read; all when absent */
            notificationIds?: string[];
        };
        MonthClosed: {
            alreadyClosed: string[];
            closed: string[];
            month: string;
            position: number | null;
        };
        MonthlyRecord: {
            adjustments: {
                delta: {
                    activitiesJoined: number;
                    minutes: number;
                    minutesByCategory: {
                        [key: string]: unknown;
                    };
                    minutesByCommunity: {
                        [key: string]: unknown;
                    };
                    projectsDelivered: number;
                    requestsResolved: number;
                };
                flagged: boolean;
                month: string;
            }[];
            closedAt: string;
            communityId: string;
            month: string;
            totals: {
                activitiesJoined: number;
                members: number;
                membersReportedIn: number;
                minutes: number;
                minutesByCategory: {
                    [key: string]: unknown;
                };
                minutesByCommunity: {
                    [key: string]: unknown;
                };
                projectsDelivered: number;
                requestsResolved: number;
            };
            unitId: string;
        };
        MonthlyRecordList: {
            items: components["schemas"]["MonthlyRecord"][];
        };
        MonthlyUnitReport: {
            communityId: string;
            month: string;
            rows: {
                activitiesJoined: number;
                adjustmentMinutes: number;
                members: number;
                membersReportedIn: number;
                minutes: number;
                requestsResolved: number;
                unitId: string;
                unitName: string;
            }[];
            total: {
                activitiesJoined: number;
                adjustmentMinutes: number;
                members: number;
                membersReportedIn: number;
                minutes: number;
                requestsResolved: number;
            };
        };
        MoveVolunteerBody: {
            toCommunityId: string;
        };
        MySessionsView: {
            items: components["schemas"]["MySessionView"][];
        };
        MySessionView: {
            /** @description 网络地址 / client address */
            address: string | null;
            /** @description 是否为发出本请求的会话 / whether this request came through it */
            current: boolean;
            /** @description User-Agent */
            device: string | null;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: date-time
             * @description 最近一次登录或刷新 / the last sign-in or refresh
             */
            lastSeenAt: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            signedInAt: string;
        };
        Notification: {
            at: string;
            /** @enum {string} */
            kind: "service_verified" | "service_rejected" | "star_level_reached" | "card_issued" | "request_assigned" | "activity_cancelled" | "activity_moved" | "waitlist_promoted";
            message: {
                en: string;
                zh: string;
            };
            notificationId: string;
            read: boolean;
            subject: {
                [key: string]: unknown;
            };
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            nextCursor: string | null;
            unreadCount: number;
        };
        NotificationsMarked: {
            marked: number;
            unreadCount: number;
        };
        OfferRewardBody: {
            discountPercent: number;
            /** @example priority_discount */
            kind: string;
            /** @default 5 */
            minStarLevel: number;
            /** @example 优先就诊并九折 / priority and 10% off */
            name: string;
            partnerId: string;
            /** @description 每人每期限领次数 / claims per volunteer per period */
            quota?: components["schemas"]["RewardQuotaBody"];
            /**
             * @description 奖励编号 / reward id (lowercase slug)
             * @example renai-priority
             */
            rewardId: string;
        };
        Pairing: {
            category: string;
            communityId: string;
            endedAt: string | null;
            frequency: string;
            helped: {
                household: {
                    erased: boolean;
                    name: string;
                    phone: string;
                } | null;
                /** @enum {string} */
                kind: "community" | "household";
            };
            helper: {
                id: string;
                /** @enum {string} */
                kind: "unit" | "volunteer";
            };
            pairingId: string;
            registeredAt: string;
            startsOn: string;
            /** @enum {string} */
            status: "active" | "ended";
            visitMinutes: number;
            visits: {
                minutes: number;
                recordId: string;
                startedAt: string;
                volunteerId: string;
            }[];
        };
        PairingHelperBody: {
            id: string;
            /**
             * @description 结对方：驻区单位或志愿者 / who helps: a unit or a volunteer
             * @enum {string}
             */
            kind: "unit" | "volunteer";
        };
        PairingList: {
            items: components["schemas"]["Pairing"][];
        };
        PairingVisitBody: {
            minutes: number;
            /**
             * Format: date-time
             * @example 2026-03-01T01:00:00Z
             */
            startedAt: string;
            /** @description 走访的志愿者 / the volunteer who visited */
            volunteerId: string;
        };
        PairingVisitRecorded: {
            pairingId: string;
            position: number | null;
            recordId: string;
            verified: boolean;
            volunteerId: string;
        };
        Partner: {
            kind: string;
            name: string;
            partnerId: string;
            registeredAt: string;
        };
        PartnerList: {
            items: components["schemas"]["Partner"][];
            nextCursor: string | null;
        };
        PasswordChangeBody: {
            /**
             * Format: password
             * @description 至少 8 个字符，且不易猜 / at least 8 characters, hard to guess
             */
            newPassword: string;
            /** Format: password */
            oldPassword: string;
        };
        PasswordChangedView: {
            /** @description 结束的其他会话数 / how many other sessions were ended */
            endedSessions: number;
            /** Format: date-time */
            passwordChangedAt: string;
        };
        PeopleView: {
            items: components["schemas"]["PersonView"][];
        };
        PersonSummaryView: {
            name: string | null;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role: "volunteer" | "staff" | "admin" | "auditor";
            /** @description 访问令牌的 sub：志愿者编号、工号，或管理员、审计员的 personId / the access token's sub: a volunteer id, a staff id, or an admin's or auditor's person id */
            subject: string;
        };
        PersonView: {
            /** Format: date-time */
            activatedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lockedUntil: string | null;
            /** @description 受邀时的姓名；志愿者的姓名见其档案 / the name as invited; a volunteer's is in their profile */
            name: string | null;
            /** Format: uuid */
            personId: string;
            /** @example 138****5678 */
            phone: string;
            /** @enum {string} */
            role: "volunteer" | "staff" | "admin" | "auditor";
            /** @enum {string} */
            status: "invited" | "active";
            /** @description 访问令牌的 sub：志愿者编号、工号，或管理员、审计员的 personId / the access token's sub: a volunteer id, a staff id, or an admin's or auditor's person id */
            subject: string;
        };
        PlanSeriesBody: {
            /** @description 人数上限，报满后进入候补 / how many may take part; later sign-ups wait in line */
            capacity?: number;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            /**
             * @description 提前建立的次数 / how many occurrences to create ahead
             * @default 12
             */
            count: number;
            /** @example 2026-10-29T04:00:00Z */
            endsAt: string;
            /** @example 社区养老服务中心 */
            place: string;
            /**
             * @description RFC 5545 RRULE，按上海时间；不含 DTSTART、COUNT、UNTIL；第一次的时间（startsAt 至 endsAt）须符合规则，每次时长相同 / the recurrence in Shanghai time, without DTSTART, COUNT or UNTIL; the first occurrence (startsAt to endsAt) must fall on it, and every occurrence lasts as long
             * @example FREQ=MONTHLY;BYDAY=2SA
             */
            rule: string;
            /** @example 2026-10-29T01:00:00Z */
            startsAt: string;
            teamId?: string;
            /** @example 重阳节敬老院探访 */
            title: string;
        };
        Policy: {
            cardMinStarLevel: number;
            changes: {
                at: string;
                cardMinStarLevel: number;
                position: number;
                thresholdHours: number[];
                type: string;
            }[];
            correctionDeadlineDays: number;
            creditRules: {
                /** @enum {string} */
                capExcessTo: "discard" | "pool";
                creditCapHours: number | null;
                giftMaxMinutes: number;
                giftYearlyMinutes: number;
                minAgeToRedeem: number | null;
            };
            requireSeparateVerifier: boolean;
            thresholdHours: number[];
        };
        Pool: {
            balanceMinutes: number;
            capExcessMinutes: number;
            communityId: string;
            donatedMinutes: number;
            grantedMinutes: number;
        };
        PoolGranted: {
            beneficiaryId: string;
            communityId: string;
            grantId: string;
            minutes: number;
            poolMinutes: number;
            position: number | null;
        };
        PoolStatement: {
            items: {
                balanceAfter: number;
                beneficiaryId: string | null;
                communityId: string;
                entryId: string;
                /** @enum {string} */
                kind: "donation" | "grant" | "cap_excess";
                minutesDelta: number;
                occurredAt: string;
                position: number;
                reason: string | null;
                reference: string;
                volunteerId: string | null;
            }[];
            nextCursor: string | null;
        };
        /** @description RFC 9457 problem details; title and detail are "中文 / English" */
        ProblemDetails: {
            /** @example VALIDATION_FAILED */
            code: string;
            /** @example 以下字段无效：minutes / Invalid fields: minutes */
            detail: string;
            errors?: {
                constraint: string;
                field: string;
                message: string;
            }[];
            /** @example /v1/me */
            instance?: string;
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example 请求参数无效 / Request validation failed */
            title: string;
            /** @example urn:shiji:problem:validation-failed */
            type: string;
        };
        ProjectActivityBody: {
            /** @description 开展该项目的活动 / the activity that delivers the project */
            activityId: string;
        };
        ProjectionLag: {
            checkpoint: number;
            head: number;
            /** @description Events not applied yet: head - checkpoint */
            lag: number;
            name: string;
        };
        ProjectionsHealth: {
            /** @description The largest lag of any projection, in events; null when not available */
            lag: number | null;
            /** @description Age in seconds of the oldest event some projection has not applied; 0 when none */
            lagSeconds: number | null;
            projections?: components["schemas"]["ProjectionLag"][];
            /**
             * @description lagging: past HEALTH_MAX_LAG_EVENTS or HEALTH_MAX_LAG_SECONDS
             * @enum {string}
             */
            status: "up" | "lagging" | "down" | "not_available";
        };
        ProviderBody: {
            id: string;
            /**
             * @description 服务队或驻区单位 / a team or a unit
             * @enum {string}
             */
            kind: "team" | "unit";
        };
        PublishActivityBody: {
            /** @description 人数上限，报满后进入候补 / how many may take part; later sign-ups wait in line */
            capacity?: number;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            /**
             * Format: date-time
             * @example 2026-10-29T04:00:00Z
             */
            endsAt: string;
            /** @example 社区养老服务中心 */
            place: string;
            /**
             * Format: date-time
             * @example 2026-10-29T01:00:00Z
             */
            startsAt: string;
            teamId?: string;
            /** @example 重阳节敬老院探访 */
            title: string;
        };
        RankingWeightsBody: {
            /** @description 民主评议 / appraisal */
            appraisal: number;
            /** @description 人均服务时长 / hours per member */
            hoursPerMember: number;
            /** @description 参与率 / participation rate */
            participationRate: number;
            /** @description 服务项目 / projects delivered */
            projectsDelivered: number;
        };
        RankingWeightsChanged: {
            position: number | null;
            weights: {
                appraisal: number;
                hoursPerMember: number;
                participationRate: number;
                projectsDelivered: number;
            };
        };
        RecordAttendanceBody: {
            /** @description 每人一行；不填则为全部已报名志愿者，各记活动时长 / one row a volunteer; every signed-up volunteer for the activity’s length if left out */
            rows?: components["schemas"]["AttendanceRow"][];
        };
        RecordEntryAdded: {
            position: number | null;
            type: string;
            volunteerId: string;
        };
        RecordServiceBody: {
            /** @description 服务活动；不填则为临时服务 / the activity; omit for ad-hoc help */
            activityId?: string;
            /**
             * @description required for ad-hoc help / 临时服务必填
             * @enum {string}
             */
            category?: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            description?: string;
            /** @description 实际服务分钟数 / whole minutes served */
            minutes: number;
            /**
             * Format: date-time
             * @example 2026-11-01T01:00:00Z
             */
            startedAt: string;
            /**
             * @description 记录并认证 / record and verify in one step
             * @default false
             */
            verify: boolean;
            volunteerId: string;
        };
        RedeemCreditsBody: {
            /** @example 上门助浴 / bathing help at home */
            description: string;
            minutes: number;
            /** @description 服务提供者，其服务时长记入其账户 / the provider, who earns the hours */
            provider?: components["schemas"]["RedemptionProviderBody"];
            /** @description 对应的服务需求 / the service request served */
            requestId?: string;
            /** @description 持卡志愿者 / the card holder whose credits are spent */
            volunteerId: string;
        };
        RedeemGrantBody: {
            /** @example 上门助浴 / bathing help at home */
            description: string;
            /** @example 60 */
            minutes: number;
            /** @description 服务提供者，其服务时长记入其账户 / the provider, who earns the hours */
            provider: components["schemas"]["RedemptionProviderBody"];
        };
        RedemptionLine: {
            cardNumber: string;
            description: string;
            minutes: number;
            providerName: string | null;
            providerVolunteerId: string | null;
            redeemedAt: string;
            redemptionId: string;
            requestId: string | null;
            reversal: {
                at: string;
                reason: string;
            } | null;
            reversed: boolean;
            volunteerId: string;
            volunteerName: string | null;
        };
        RedemptionList: {
            items: components["schemas"]["RedemptionLine"][];
            nextCursor: string | null;
        };
        RedemptionProviderBody: {
            /**
             * Format: date-time
             * @example 2026-11-01T01:00:00Z
             */
            startedAt: string;
            /** @description 提供服务的志愿者 / the volunteer who gave the service */
            volunteerId: string;
        };
        RedemptionReversed: {
            creditMinutes: number;
            minutes: number;
            position: number | null;
            redemptionId: string;
            volunteerId: string;
        };
        RefreshBody: {
            /** @description API 客户端的刷新令牌；网页控制台不填，由 Cookie 携带 / an API client's refresh token; the console sends none and relies on its cookie */
            refreshToken?: string;
        };
        RegisterAgreementBody: {
            /** @example hospital-2026 */
            agreementId: string;
            /** @example 每月第二个周六开展义诊；社区提供场地 */
            commitments: string;
            /** @description 共建社区 / the community */
            communityId: string;
            /**
             * @description 截止日期，不填为长期 / the last day, open-ended when left out
             * @example 2026-12-31
             */
            endsOn?: string | null;
            /** @description 所覆盖的本社区服务项目 / the community's service projects it covers */
            projectIds?: string[];
            /** @example 2026-01-01 */
            startsOn: string;
            /** @description 驻区单位 / the unit */
            unitId: string;
        };
        RegisterBeneficiaryBody: {
            /**
             * @description 加密保存 / sealed
             * @example 李奶奶
             */
            name: string;
            /**
             * @description 手机号，加密保存 / mainland mobile number, sealed
             * @example 13812345678
             */
            phone: string;
        };
        RegisterCommunityBody: {
            /**
             * @description 社区编号 / community id (lowercase slug)
             * @example beixiajie
             */
            communityId: string;
            /** @example 北下街社区 */
            name: string;
        };
        RegisterNeedBody: {
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            /**
             * @description 需求描述（请勿填写居民姓名、电话） / what is needed (no names or phones)
             * @example 独居老人需要每周探访
             */
            description: string;
            /** @example lonely-elders-visits */
            needId: string;
        };
        RegisterPairingBody: {
            /**
             * @description 走访计入的服务类别 / the category visits are recorded under
             * @enum {string}
             */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            /**
             * @description 帮扶频次 / how often
             * @example 每周一次
             */
            frequency: string;
            helper: components["schemas"]["PairingHelperBody"];
            /** @description 被帮扶的困难家庭；不填则为与社区结对（仅限单位） / the household helped; left out, the unit pairs with the community */
            household?: components["schemas"]["HouseholdBody"];
            /** @example hospital-wang */
            pairingId: string;
            /** @example 2026-01-01 */
            startsOn: string;
        };
        RegisterPartnerBody: {
            /**
             * @description 机构类型 / kind: clinic, housekeeping, library…
             * @example clinic
             */
            kind: string;
            /** @example 仁爱诊所 */
            name: string;
            /**
             * @description 服务机构编号 / partner id (lowercase slug)
             * @example renai-clinic
             */
            partnerId: string;
        };
        RegisterServiceProjectBody: {
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            description: string;
            /** @example monthly-clinic */
            projectId: string;
            provider: components["schemas"]["ProviderBody"];
            /**
             * @description 开展时间 / when it is held
             * @example 每月第二个周六上午
             */
            schedule?: string;
            /** @example 健康义诊 */
            title: string;
        };
        RegisterStaffBody: {
            /**
             * @example [
             *       "beixiajie"
             *     ]
             */
            communityIds: string[];
            /** @example 李主任 */
            name: string;
            /**
             * @description 工作人员编号，即其令牌的 sub / the staff id, their tokens' sub
             * @example li-zhuren
             */
            staffId: string;
        };
        RegisterTeamBody: {
            communityId: string;
            /** @example 助老服务队 */
            name: string;
            /**
             * @description 服务专长，如 医疗卫生、法律服务、助老 / what the team offers
             * @example 助老
             */
            specialty?: string;
            /** @example beixiajie-elderly */
            teamId: string;
        };
        RegisterUnitBody: {
            /** @description 所在社区 / the community the unit is based in */
            communityId: string;
            /** @enum {string} */
            kind: "enterprise" | "school" | "hospital" | "government" | "social_organisation" | "other";
            liaison?: components["schemas"]["LiaisonBody"];
            /** @example 市第一人民医院 */
            name: string;
            /**
             * @description 单位党组织 / the unit's Party organisation
             * @example 市第一人民医院党委
             */
            partyOrganisation?: string;
            /**
             * @description 单位编号 / unit id (lowercase slug)
             * @example first-hospital
             */
            unitId: string;
        };
        RegisterVolunteerBody: {
            /** @description 默认 false。手机号已登记为本社区志愿者时仍登记（共用手机的另一人，如家人）；否则为 409 PHONE_ALREADY_REGISTERED / register even though a volunteer of the community has this phone (another person sharing it); otherwise 409 PHONE_ALREADY_REGISTERED (default false) */
            allowSharedPhone?: boolean;
            communityId: string;
            /** @example 张三 */
            name: string;
            /**
             * @description 是否党员 / Party member
             * @default false
             */
            partyMember: boolean;
            /**
             * @description 手机号 / mainland mobile number
             * @example 13812345678
             */
            phone: string;
            /** @description 驻区单位 / co-building unit */
            unitId?: string;
        };
        RejectApplicationBody: {
            /** @example 不在本社区居住 */
            reason: string;
        };
        RejectCorrectionRequestBody: {
            /** @example 签到表显示服务一小时 / the sign-in sheet shows one hour */
            reason: string;
        };
        RejectServiceBody: {
            /** @description 驳回原因，志愿者可见 / why, shown to the volunteer */
            reason: string;
        };
        ReportInBody: {
            /** @description 党员工作所在的驻区单位 / the unit that employs the Party member */
            unitId: string;
        };
        ReportInCounts: {
            byCommunity: {
                communityId: string;
                reportedIn: number;
            }[];
            byUnit: {
                reportedIn: number;
                unitId: string;
            }[];
            total: number;
        };
        RequestServiceBody: {
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            /** @example beixiajie */
            communityId: string;
            /** @example 周三上午陪同就医 / escort to the clinic on Wednesday morning */
            description: string;
            /** @description 受助志愿者（持卡人优先）；居民不填 / the volunteer helped (card holders first); omit for a resident */
            forVolunteerId?: string;
            wantedMinutes: number;
        };
        RescheduleActivityBody: {
            /**
             * Format: date-time
             * @example 2026-10-30T03:30:00Z
             */
            endsAt: string;
            /**
             * Format: date-time
             * @example 2026-10-30T01:00:00Z
             */
            startsAt: string;
        };
        ResidentNeed: {
            category: string;
            closedAt: string | null;
            communityId: string;
            description: string;
            needId: string;
            registeredAt: string;
            /** @enum {string} */
            status: "open" | "closed";
        };
        ResidentNeedList: {
            items: components["schemas"]["ResidentNeed"][];
        };
        ResidentNeedMatches: {
            category: string;
            needId: string;
            projects: {
                projectId: string;
                provider: {
                    id: string;
                    /** @enum {string} */
                    kind: "team" | "unit";
                };
                title: string;
            }[];
            volunteers: {
                via: {
                    id: string;
                    /** @enum {string} */
                    kind: "team" | "unit";
                }[];
                volunteerId: string;
            }[];
        };
        RetireUnitBody: {
            /** @example 迁出辖区 */
            reason: string;
        };
        ReverseRedemptionBody: {
            reason: string;
        };
        Reward: {
            discountPercent: number;
            kind: string;
            minStarLevel: number;
            name: string;
            offeredAt: string;
            partnerId: string;
            partnerName: string | null;
            quota: {
                count: number;
                /** @enum {string} */
                period: "month" | "quarter" | "year";
            } | null;
            rewardId: string;
            withdrawn: boolean;
        };
        RewardClaimed: {
            claimId: string;
            period: string | null;
            position: number | null;
            rewardId: string;
            starLevel: number | null;
            volunteerId: string;
        };
        RewardClaimLine: {
            claimedAt: string;
            claimId: string;
            partnerId: string;
            partnerName: string | null;
            period: string | null;
            rewardId: string;
            rewardName: string | null;
            starLevel: number;
            volunteerId: string;
            volunteerName: string | null;
        };
        RewardClaimList: {
            items: components["schemas"]["RewardClaimLine"][];
        };
        RewardList: {
            items: components["schemas"]["Reward"][];
            nextCursor: string | null;
        };
        RewardQuotaBody: {
            count: number;
            /** @enum {string} */
            period: "month" | "quarter" | "year";
        };
        RosterDryRun: {
            errors: components["schemas"]["RosterRowError"][];
            rows: number;
            validRows: number;
        };
        RosterImport: {
            communityId: string;
            errors: components["schemas"]["RosterRowError"][];
            failure: string | null;
            fileSha256: string;
            finishedAt: string | null;
            importId: string;
            processed: number;
            refusedRows: number;
            registered: number;
            rows: number;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed";
            validRows: number;
        };
        RosterRowError: {
            /** @enum {string} */
            code: "NAME_MISSING" | "NAME_TOO_LONG" | "PHONE_INVALID" | "PHONE_DUPLICATE_IN_FILE" | "PHONE_ALREADY_REGISTERED" | "TEAM_UNKNOWN" | "PARTY_MEMBER_INVALID";
            /** @enum {string} */
            field: "name" | "phone" | "partyMember" | "team";
            message: string;
            row: number;
        };
        SealImage: {
            bytes: number;
            height: number;
            sha256: string;
            width: number;
        };
        SeparateVerifierBody: {
            /**
             * @description 记录人不得认证自己记录的服务 / whoever recorded a service may not verify it
             * @example true
             */
            requireSeparateVerifier: boolean;
        };
        SeparateVerifierRequirementChanged: {
            position: number | null;
            requireSeparateVerifier: boolean;
        };
        ServiceCorrected: {
            minutes: number;
            position: number | null;
            recordId: string;
            volunteerId: string;
        };
        ServiceProject: {
            activities: string[];
            category: string;
            communityId: string;
            description: string;
            projectId: string;
            provider: {
                id: string;
                /** @enum {string} */
                kind: "team" | "unit";
            };
            registeredAt: string;
            schedule: string | null;
            /** @enum {string} */
            status: "active" | "paused" | "retired";
            title: string;
        };
        ServiceProjectList: {
            items: components["schemas"]["ServiceProject"][];
        };
        ServiceProjectStatusBody: {
            /** @enum {string} */
            status: "active" | "paused" | "retired";
        };
        ServiceRecord: {
            activityId: string | null;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            corrections: {
                at: string;
                minutes: number;
                previousMinutes: number;
                reason: string;
            }[];
            description: string | null;
            minutes: number;
            recordedAt: string;
            recordId: string;
            redemptionId: string | null;
            rejection: {
                at: string;
                reason: string;
            } | null;
            selfReported: boolean;
            startedAt: string;
            /** @enum {string} */
            status: "pending" | "verified" | "rejected";
            verified: boolean;
            verifiedAt: string | null;
            volunteerId: string;
            year: number;
        };
        ServiceRecorded: {
            position: number | null;
            recordId: string;
            verified: boolean;
            volunteerId: string;
        };
        ServiceRecordLine: {
            activityId: string | null;
            activityTitle: string | null;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            corrections: {
                at: string;
                minutes: number;
                previousMinutes: number;
                reason: string;
            }[];
            description: string | null;
            minutes: number;
            recordedAt: string;
            recordId: string;
            redemptionId: string | null;
            rejection: {
                at: string;
                reason: string;
            } | null;
            selfReported: boolean;
            startedAt: string;
            /** @enum {string} */
            status: "pending" | "verified" | "rejected";
            verified: boolean;
            verifiedAt: string | null;
            volunteerId: string;
            volunteerName: string | null;
            year: number;
        };
        ServiceRecordPage: {
            items: components["schemas"]["ServiceRecordLine"][];
            nextCursor: string | null;
        };
        ServiceRejected: {
            position: number | null;
            recordId: string;
            rejected: boolean;
            volunteerId: string;
        };
        ServiceRequest: {
            cardHolder: boolean;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            closedAt: string | null;
            communityId: string;
            description: string;
            forVolunteerId: string | null;
            forVolunteerName: string | null;
            minutes: number | null;
            providerName: string | null;
            providerVolunteerId: string | null;
            redemptionId: string | null;
            requestedAt: string;
            requestId: string;
            /** @enum {string} */
            status: "open" | "assigned" | "completed" | "cancelled";
            wantedMinutes: number;
        };
        ServiceRequestCancelled: {
            cancelled: boolean;
            position: number | null;
            requestId: string;
        };
        ServiceRequestCompleted: {
            creditMinutes: number | null;
            minutes: number;
            position: number | null;
            providerRecordId: string | null;
            providerVolunteerId: string;
            redemptionId: string | null;
            requestId: string;
        };
        ServiceRequested: {
            cardHolder: boolean;
            position: number | null;
            requestId: string;
        };
        ServiceRequestQueue: {
            items: components["schemas"]["ServiceRequest"][];
            nextCursor: string | null;
        };
        ServiceVerified: {
            position: number | null;
            recordId: string;
            verified: boolean;
            volunteerId: string;
        };
        SessionAnswer: {
            /** @description 访问令牌（JWT，15 分钟） / the access token (JWT, 15 minutes) */
            accessToken: string;
            /** Format: date-time */
            accessTokenExpiresAt: string;
            /** @description 仅 refreshTokenIn=cookie：刷新时放在 X-CSRF-Token 请求头 / only with "cookie": send it as X-CSRF-Token when refreshing */
            csrfToken?: string;
            /** @example 900 */
            expiresIn: number;
            person: components["schemas"]["PersonSummaryView"];
            /** @description 仅 refreshTokenIn=body / only with refreshTokenIn "body" */
            refreshToken?: string;
            /** Format: date-time */
            refreshTokenExpiresAt: string;
            /** Format: uuid */
            sessionId: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        SignInBody: {
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
            /**
             * @description 手机号（与 staffId 二选一） / the phone number; or else staffId
             * @example 13812345678
             */
            phone?: string;
            /**
             * @description body：刷新令牌在响应体中（API 客户端）；cookie：在 HttpOnly Cookie 中（网页控制台） / where the refresh token goes
             * @default body
             * @enum {string}
             */
            refreshTokenIn: "body" | "cookie";
            /**
             * @description 工号，仅工作人员，代替手机号 / a staff member's staff id, instead of the phone
             * @example li-zhuren
             */
            staffId?: string;
        };
        SignInCodeBody: {
            /**
             * @description 同时以短信发送 / also send it by SMS
             * @default false
             */
            sms: boolean;
        };
        SignInCodeView: {
            /** @example https://shiji.example.org/activate#code=7KQ2-M9XD-4RTB-WZ3H */
            activationUrl: string;
            /**
             * @description 一次性邀请码，72 小时内有效 / one-time invitation code, valid 72 h
             * @example 7KQ2-M9XD-4RTB-WZ3H
             */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            personId: string;
            position: number;
            /**
             * @description 从未登录为邀请，已登录过为重设密码 / invitation when never signed in, else a password reset
             * @enum {string}
             */
            purpose: "invitation" | "password-reset";
            /** @enum {string} */
            role: "volunteer" | "staff" | "admin" | "auditor";
            /** @description 访问令牌的 sub：志愿者编号、工号，或管理员、审计员的 personId / the access token's sub: a volunteer id, a staff id, or an admin's or auditor's person id */
            subject: string;
        };
        SignInLogEntryView: {
            address: string | null;
            /** Format: date-time */
            at: string;
            /** @description 原因、次数等，从不含密码、验证码或令牌 / reasons and counts, never a secret */
            detail: {
                [key: string]: unknown;
            };
            device: string | null;
            id: number;
            /** @enum {string} */
            kind: "signed-in" | "sign-in-failed" | "sign-in-refused-locked" | "locked" | "unlocked" | "activation-failed" | "activated" | "password-reset" | "password-changed" | "code-issued" | "refresh-refused" | "refresh-token-reused" | "signed-out" | "session-ended" | "credentials-deleted" | "token-revoked";
            /**
             * Format: uuid
             * @description 为空：所填的手机号或工号不属于任何账户 / null: the login named no account
             */
            personId: string | null;
            role: string | null;
            /** Format: uuid */
            sessionId: string | null;
            subject: string | null;
        };
        SignInLogPageView: {
            items: components["schemas"]["SignInLogEntryView"][];
            nextCursor: string | null;
        };
        SignUpBody: {
            volunteerId: string;
        };
        Staff: {
            communities: string[];
            grants: {
                communityId: string;
                grantedAt: string;
                revokedAt: string | null;
            }[];
            name: string;
            registeredAt: string;
            staffId: string;
        };
        StaffList: {
            items: components["schemas"]["Staff"][];
        };
        StarLevelCertified: {
            position: number | null;
            starLevel: number;
            volunteerId: string;
        };
        StarThresholdsBody: {
            /**
             * @description 五个严格递增的小时数 / five strictly rising hour thresholds
             * @example [
             *       100,
             *       300,
             *       600,
             *       1000,
             *       1500
             *     ]
             */
            thresholdHours: number[];
        };
        StarThresholdsChanged: {
            position: number | null;
            thresholdHours: number[];
        };
        SuspendCardBody: {
            /** @description 暂停原因 / why the card is suspended */
            reason: string;
        };
        SuspendVolunteerBody: {
            reason: string;
        };
        Team: {
            communityId: string;
            leaderId: string | null;
            members: string[];
            name: string;
            specialty: string | null;
            teamId: string;
        };
        TeamDetail: {
            communityId: string;
            leaderId: string | null;
            leaderName: string | null;
            memberNames: {
                name: string | null;
                volunteerId: string;
            }[];
            members: string[];
            name: string;
            specialty: string | null;
            teamId: string;
            verifiedMinutes: number;
            year: number;
        };
        TeamLeaderAppointed: {
            leaderId: string;
            position: number | null;
            teamId: string;
        };
        TeamMemberLeft: {
            position: number | null;
            teamId: string;
            volunteerId: string;
        };
        TeamPage: {
            items: components["schemas"]["Team"][];
            nextCursor: string | null;
        };
        TeamRanking: {
            items: {
                activeMembers: number;
                appraisal: number | null;
                compliantMonths: number;
                hoursPerMember: number;
                id: string;
                members: number;
                minutes: number;
                months: {
                    activities: number;
                    compliant: boolean;
                    month: string;
                    serviceDayHeld: boolean;
                }[];
                participationRate: number;
                projectsDelivered: number;
                rank: number;
                scores: {
                    appraisal: number;
                    hoursPerMember: number;
                    participationRate: number;
                    projectsDelivered: number;
                };
                total: number;
            }[];
            weights: {
                appraisal: number;
                hoursPerMember: number;
                participationRate: number;
                projectsDelivered: number;
            };
            year: number;
        };
        TimeCard: {
            cardNumber: string;
            issuedAt: string;
            /** @enum {string} */
            status: "active" | "suspended" | "lost";
        };
        TrainingBody: {
            /** @example 急救知识培训 */
            course: string;
            /**
             * @description 日期（上海时间）YYYY-MM-DD / the day (Asia/Shanghai)
             * @example 2025-04-12
             */
            date: string;
            /**
             * @description 培训时长（分钟） / minutes
             * @example 120
             */
            minutes: number;
            /**
             * @description 培训人 / trainer
             * @example 市红十字会 王老师
             */
            trainer: string;
        };
        Transfer: {
            beneficiaryId?: string;
            capId?: string;
            communityId: string | null;
            description?: string;
            donationId?: string;
            fromVolunteerId: string | null;
            giftId?: string;
            grantId?: string;
            intent: {
                actor: {
                    id: string;
                    role: string;
                };
                at: string;
                correlationId: string;
                eventId: string;
                position: number;
            };
            /** @enum {string} */
            kind: "redemption" | "gift" | "donation" | "grant" | "cap" | "grant_redemption" | "beneficiary_gift";
            minutes: number;
            poolCommunityId?: string;
            providerRecord?: {
                category: string;
                recordId: string;
                startedAt: string;
            };
            recordId?: string;
            redemptionId?: string;
            refusal: {
                code: string;
                details: {
                    [key: string]: unknown;
                };
            } | null;
            settledAt: string | null;
            /** @enum {string} */
            status: "pending" | "completed" | "compensated";
            toVolunteerId: string | null;
            transferId: string;
        };
        TransferPage: {
            items: components["schemas"]["Transfer"][];
            nextCursor: string | null;
        };
        TransfersHealth: {
            /** @description Age in seconds of the oldest of them; null when none */
            oldestPendingSeconds: number | null;
            /** @description Moves whose second step is not stored yet */
            pending: number | null;
            /**
             * @description lagging: a move between two accounts has been half-done longer than HEALTH_MAX_LAG_SECONDS
             * @enum {string}
             */
            status: "up" | "lagging" | "down" | "not_available";
        };
        Unit: {
            communityId: string;
            fromFreeText: boolean;
            /** @enum {string} */
            kind: "enterprise" | "school" | "hospital" | "government" | "social_organisation" | "other";
            liaison: {
                erased: boolean;
                name: string;
                phone: string;
            } | null;
            liaisonVolunteerId: string | null;
            members: number;
            membersReportedIn: number;
            name: string;
            partyOrganisation: string | null;
            registeredAt: string;
            retiredAt: string | null;
            /** @enum {string} */
            status: "active" | "retired";
            unitId: string;
        };
        UnitList: {
            items: components["schemas"]["Unit"][];
        };
        UnitRanking: {
            items: {
                activeMembers: number;
                appraisal: number | null;
                hoursPerMember: number;
                id: string;
                members: number;
                minutes: number;
                participationRate: number;
                projectsDelivered: number;
                rank: number;
                scores: {
                    appraisal: number;
                    hoursPerMember: number;
                    participationRate: number;
                    projectsDelivered: number;
                };
                total: number;
            }[];
            weights: {
                appraisal: number;
                hoursPerMember: number;
                participationRate: number;
                projectsDelivered: number;
            };
            year: number;
        };
        Verification: {
            error: string | null;
            finishedAt: string | null;
            report: {
                checkpoints: {
                    [key: string]: unknown;
                };
                differences: {
                    collection: string;
                    id: string;
                    /** @enum {string} */
                    kind: "missing" | "extra" | "different";
                    livePosition: number | null;
                    replayPosition: number | null;
                }[];
                durationMs: number;
                equal: boolean;
                eventProblems: {
                    [key: string]: unknown;
                }[];
            } | null;
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            status: "running" | "equal" | "different" | "failed";
            verificationId: string;
        };
        VerificationHealth: {
            /** Format: date-time */
            finishedAt?: string;
            /**
             * @description The last finished verification (api or cli): equal, different, failed; none when none has finished; not_available when it cannot be read
             * @enum {string}
             */
            status: "equal" | "different" | "failed" | "none" | "not_available";
            /** Format: uuid */
            verificationId?: string;
        };
        VerificationStarted: {
            /** @enum {string} */
            status: "running";
            verificationId: string;
        };
        VolunteerApplication: {
            applicationId: string;
            appliedAt: string;
            communityId: string;
            decidedAt: string | null;
            decidedBy: string | null;
            name: string;
            note: string | null;
            partyMember: boolean;
            phone: string;
            reason: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            volunteerId: string | null;
        };
        VolunteerApplicationPage: {
            items: components["schemas"]["VolunteerApplication"][];
            nextCursor: string | null;
        };
        VolunteerPage: {
            items: components["schemas"]["VolunteerProfile"][];
            nextCursor: string | null;
        };
        VolunteerProfile: {
            communityId: string;
            communityName: string | null;
            erased: boolean;
            identityDocument: {
                number: string;
                /** @enum {string} */
                type: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit";
            } | null;
            name: string;
            partyMember: boolean;
            phone: string;
            registeredAt: string;
            starLevel: number;
            status: string;
            teams: {
                name: string | null;
                teamId: string;
            }[];
            unitId: string | null;
            volunteerId: string;
            volunteerNumber: string;
        };
        VolunteerRecord: {
            commendations: {
                date: string;
                /** @enum {string} */
                level: "community" | "street" | "district" | "city";
                title: string;
            }[];
            evaluations: {
                comment: string;
                evaluatedBy: string;
                /** @enum {string} */
                rating: "excellent" | "good" | "pass" | "fail";
                year: number;
            }[];
            trainings: {
                course: string;
                date: string;
                minutes: number;
                trainer: string;
            }[];
        };
        VolunteerUnitBody: {
            /** @description 驻区单位编号；null 为不属于任何单位 / the unit's id; null for none */
            unitId: string | null;
        };
        WithdrawRewardBody: {
            reason: string;
        };
        /** @description 写入结果 / What a write reached: its log position (send it back as X-Min-Position) and the ids it created */
        WriteResult: {
            position: number | null;
        } & {
            [key: string]: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description The database or the event store is down (status down, reasons say which) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivationsController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivatedView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_list: {
        parameters: {
            query?: {
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                /** @description starts at or after / 开始时间不早于 */
                from?: string;
                limit?: number;
                /** @description 系列活动 / the occurrences of this series */
                seriesId?: string;
                /** @description starts before / 开始时间早于 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishActivityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AttendanceController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAttendanceBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceOutcome"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelActivityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_reschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleActivityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitySeriesController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanSeriesBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivitySeriesPlanned"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccessLogController_list: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditEventsController_events: {
        parameters: {
            query?: {
                /** @description metadata.actor.id */
                actor?: string;
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                /** @description occurredAt ≥ from (ISO 8601) */
                from?: string;
                /** @description 含此位置 / inclusive */
                fromPosition?: number;
                limit?: number;
                streamId?: string;
                /** @description occurredAt ≤ to (ISO 8601) */
                to?: string;
                /** @description 含此位置 / inclusive */
                toPosition?: number;
                /** @description 事件类型，可多个 / one or several event types */
                type?: string[];
                volunteerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON 分页；Accept 优先 application/x-ndjson 时逐行输出全部匹配事件 / JSON pages; every match, one AuditEvent a line, when Accept prefers application/x-ndjson */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无法提供 Accept 所要求的格式 / None of the media types Accept asks for is offered */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SignInLogController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                from?: string;
                kind?: "signed-in" | "sign-in-failed" | "sign-in-refused-locked" | "locked" | "unlocked" | "activation-failed" | "activated" | "password-reset" | "password-changed" | "code-issued" | "refresh-refused" | "refresh-token-reused" | "signed-out" | "session-ended" | "credentials-deleted" | "token-revoked";
                limit?: number;
                personId?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInLogPageView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditEventsController_stream: {
        parameters: {
            query?: {
                fromRevision?: number;
                limit?: number;
            };
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditStream"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VerificationsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationStarted"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VerificationsController_find: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                verificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountHistoryController_account: {
        parameters: {
            query?: {
                /** @description 日志位置、ISO 8601 时间或 now / a log position, an ISO 8601 instant, or now */
                asOf?: unknown;
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountAsOf"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CertificatesController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCheck"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AgreementsController_forCommunity: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoBuildingAgreementList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AgreementsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAgreementBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AgreementsController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendAgreementBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        position: number | null;
                    } & {
                        [key: string]: string | null;
                    };
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AgreementsController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndAgreementBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_communities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_registerCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCommunityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_community: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource's stream; send it back as If-Match on a change */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CertificateDetailsController_setIssuer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateIssuerBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateIssuerSet"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommunityStatisticsController_statistics: {
        parameters: {
            query: {
                /** @description 上海自然年 / the Asia/Shanghai year */
                year: number;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityStatistics"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CorrectionRequestsController_ofCommunity: {
        parameters: {
            query: {
                /** @description 社区 / community */
                communityId: string;
                /** @description 只列逾期未答复的异议（上海日计） / only requests open past the deadline (Asia/Shanghai days) */
                overdue?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_donate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DonateCreditsBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsDonated"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_exportServiceRecords: {
        parameters: {
            query: {
                /** @description 导入或导出的社区 / the community imported into or exported */
                communityId: string;
                /** @description 月份（上海时间） / month, Shanghai time */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_exportVolunteers: {
        parameters: {
            query: {
                /** @description 导入或导出的社区 / the community imported into or exported */
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GiftsController_give: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveCreditsBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsGiven"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GiftsController_giveToResident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveCreditsToResidentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsGivenToResident"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HonoursController_honourRoll: {
        parameters: {
            query: {
                /** @description 只计该社区的服务 / only service given in this community */
                communityId?: string;
                /** @description 服务开始时间所在的上海自然年 / the Asia/Shanghai year the service started in */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON；Accept 优先 text/csv 时为 CSV（UTF-8 带 BOM，可用电子表格打开） / JSON; CSV (UTF-8 with a BOM, for spreadsheets) when Accept prefers text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HonourRoll"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无法提供 Accept 所要求的格式 / None of the media types Accept asks for is offered */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HonoursController_badgesDue: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgesDue"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InvitationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationsController_mine: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 只看未读 / unread only */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsMarked"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MyAccountController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordChangedView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MyAccountController_mySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySessionsView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MyAccountController_endMine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseMonthBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthClosed"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_list: {
        parameters: {
            query: {
                communityId: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyRecordList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NeedsController_list: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentNeedList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NeedsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterNeedBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NeedsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                needId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseNeedBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NeedsController_matches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                needId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentNeedMatches"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PairingsController_list: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PairingsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPairingBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PairingsController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pairingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndPairingBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PairingsController_visit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pairingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairingVisitBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingVisitRecorded"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardCatalogueController_partners: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                /** @description 机构类别 / the kind of institution */
                kind?: string;
                limit?: number;
                /** @description 排序：name、date，前加 - 为降序 / sort by name, date; a leading - for descending */
                sort?: "name" | "-name" | "date" | "-date";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_registerPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPartnerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardCatalogueController_partner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource's stream; send it back as If-Match on a change */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PeopleController_list: {
        parameters: {
            query?: {
                role?: "volunteer" | "staff" | "admin" | "auditor";
                /** @description 志愿者编号、工号或 personId / a volunteer id, staff id or person id */
                subject?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PeopleController_endAll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndedSessionsView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PeopleSignInCodesController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInCodeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInCodeView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_policy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource's stream; send it back as If-Match on a change */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_changeCardLevel: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardLevelBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardLevelChanged"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_setCorrectionDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionDeadlineBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionDeadlineChanged"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_changeCreditRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditRulesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditRulesChanged"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_changeWeights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RankingWeightsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingWeightsChanged"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_setSeparateVerifier: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeparateVerifierBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeparateVerifierRequirementChanged"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_changeStarThresholds: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StarThresholdsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarThresholdsChanged"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_pool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterBeneficiaryBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryRegistered"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_beneficiary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Beneficiary"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_eraseBeneficiary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryErased"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_redeemGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemGrantBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantRedeemed"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_beneficiaryStatement: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                beneficiaryId: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryStatement"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantFromPoolBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolGranted"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PoolsController_statement: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolStatement"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_teams: {
        parameters: {
            query: {
                /** @description 只排这个社区的；不填为全街道 / rank this community's only; the whole street when left out */
                communityId?: string;
                /** @description 上海自然年 / the Asia/Shanghai year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamRanking"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_teamsPdf: {
        parameters: {
            query: {
                /** @description 只排这个社区的；不填为全街道 / rank this community's only; the whole street when left out */
                communityId?: string;
                /** @description 上海自然年 / the Asia/Shanghai year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_teamsXlsx: {
        parameters: {
            query: {
                /** @description 只排这个社区的；不填为全街道 / rank this community's only; the whole street when left out */
                communityId?: string;
                /** @description 上海自然年 / the Asia/Shanghai year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_units: {
        parameters: {
            query: {
                /** @description 只排这个社区的；不填为全街道 / rank this community's only; the whole street when left out */
                communityId?: string;
                /** @description 上海自然年 / the Asia/Shanghai year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRanking"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_unitsPdf: {
        parameters: {
            query: {
                /** @description 只排这个社区的；不填为全街道 / rank this community's only; the whole street when left out */
                communityId?: string;
                /** @description 上海自然年 / the Asia/Shanghai year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_unitsXlsx: {
        parameters: {
            query: {
                /** @description 只排这个社区的；不填为全街道 / rank this community's only; the whole street when left out */
                communityId?: string;
                /** @description 上海自然年 / the Asia/Shanghai year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedemptionListsController_list: {
        parameters: {
            query?: {
                /** @description 持卡人所在社区；工作人员必填 / the card holder's community; required for staff */
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 排序：date、minutes，前加 - 为降序 / sort by date, minutes; a leading - for descending */
                sort?: "date" | "-date" | "minutes" | "-minutes";
                /** @description active：有效；reversed：已撤销 / active: stands; reversed: taken back */
                status?: "active" | "reversed" | "all";
                /** @description 持卡人 / the card holder */
                volunteerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedemptionsController_redeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemCreditsBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsRedeemed"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedemptionListsController_redemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionLine"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedemptionsController_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseRedemptionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionReversed"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_reportInCounts: {
        parameters: {
            query?: {
                /** @description 只数这个社区 / only this community */
                communityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportInCounts"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_hoursReport: {
        parameters: {
            query: {
                communityId: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursReport"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_hoursPdf: {
        parameters: {
            query: {
                communityId: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_hoursXlsx: {
        parameters: {
            query: {
                communityId: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_report: {
        parameters: {
            query: {
                communityId: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyUnitReport"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_reportPdf: {
        parameters: {
            query: {
                communityId: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_reportXlsx: {
        parameters: {
            query: {
                communityId: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardCatalogueController_claims: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardClaimList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardCatalogueController_rewards: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                partnerId?: string;
                /** @description 排序：name、date、starLevel，前加 - 为降序 / sort by name, date, starLevel; a leading - for descending */
                sort?: "name" | "-name" | "date" | "-date" | "starLevel" | "-starLevel";
                /** @description active：可领取；withdrawn：已撤下 / active: may be claimed; withdrawn: taken off the list */
                status?: "active" | "withdrawn" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_offerReward: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferRewardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardCatalogueController_reward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rewardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource's stream; send it back as If-Match on a change */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reward"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_claimReward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rewardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimRewardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardClaimed"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_withdrawReward: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path: {
                rewardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawRewardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_start: {
        parameters: {
            query: {
                /** @description 导入或导出的社区 / the community imported into or exported */
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 花名册文件本身作为请求体：.csv（UTF-8 或 GB18030）或 .xlsx（第一个工作表）。第一行为表头：姓名、手机号（必填），是否党员、服务队（可选，服务队填编号或名称，多个用顿号分隔） / The roster file itself as the body: .csv (UTF-8 or GB18030) or .xlsx (first sheet). First row headers: 姓名 and 手机号 (required), 是否党员 and 服务队 (optional; team ids or names, several separated by 、) */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImport"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImport"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImport"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RosterController_dryRun: {
        parameters: {
            query: {
                /** @description 导入或导出的社区 / the community imported into or exported */
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 花名册文件本身作为请求体：.csv（UTF-8 或 GB18030）或 .xlsx（第一个工作表）。第一行为表头：姓名、手机号（必填），是否党员、服务队（可选，服务队填编号或名称，多个用顿号分隔） / The roster file itself as the body: .csv (UTF-8 or GB18030) or .xlsx (first sheet). First row headers: 姓名 and 手机号 (required), 是否党员 and 服务队 (optional; team ids or names, several separated by 、) */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterDryRun"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CertificateDetailsController_uploadSeal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description PNG 图片本身作为请求体，不超过 512 KiB / the PNG itself as the body, at most 512 KiB */
        requestBody: {
            content: {
                "image/png": string;
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealImage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CertificateDetailsController_seal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceProjectsController_list: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceProjectList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceProjectsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterServiceProjectBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceProjectsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectActivityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceProjectsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceProjectStatusBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        position: number | null;
                    } & {
                        [key: string]: string | null;
                    };
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordListsController_list: {
        parameters: {
            query?: {
                activityId?: string;
                /** @description 社区（工作人员必填其负责的社区之一）/ the community; staff name one of theirs */
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                /** @description 服务开始日期不早于此日（上海时间）/ service started on or after this Shanghai day */
                from?: string;
                limit?: number;
                /** @description 待认证 / 已认证 / 已驳回 / 全部 — pending, verified, rejected or all */
                status?: "pending" | "verified" | "rejected" | "all";
                /** @description 服务开始日期不晚于此日（上海时间）/ service started on or before this Shanghai day */
                to?: string;
                /** @description 志愿者；志愿者本人只能看到自己的记录 / the volunteer; a volunteer sees only their own */
                volunteerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordServiceBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecorded"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecord"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectServiceBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceCorrected"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectServiceBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRejected"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceVerified"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_queue: {
        parameters: {
            query?: {
                /** @description 工作人员必填 / required for staff */
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 排序：priority、date，前加 - 为降序 / sort by priority, date; a leading - for descending */
                sort?: "priority" | "-priority" | "date" | "-date";
                /** @description pending：待办（open 与 assigned）；all：全部 / pending: still to do (open and assigned); all: every request */
                status?: "pending" | "open" | "assigned" | "completed" | "cancelled" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestQueue"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestServiceBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequested"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource's stream; send it back as If-Match on a change */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequest"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignProviderBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestCancellationController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelServiceRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestCancelled"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteServiceRequestBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestCompleted"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SessionsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionAnswer"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SessionsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SessionsController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description 用 Cookie 刷新时必填 / required when the cookie carries the refresh token */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionAnswer"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterStaffBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_staff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource's stream; send it back as If-Match on a change */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantCommunityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path: {
                communityId: string;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TeamsController_list: {
        parameters: {
            query: {
                communityId: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_registerTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterTeamBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TeamsController_team: {
        parameters: {
            query?: {
                /** @description 统计服务时长的年份（上海时间），默认今年 / the Shanghai year whose hours are counted; this year by default */
                year?: number;
            };
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetail"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_appraiseTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppraisalBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TeamsController_appointLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointLeaderBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamLeaderAppointed"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_addTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTeamMemberBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TeamsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberLeft"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TransfersController_list: {
        parameters: {
            query?: {
                /** @description 付出方所在社区；工作人员必填 / the paying account’s community; required for staff */
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                /** @description redemption: 支付服务提供者的兑换 / a redemption paying its provider; gift: 转赠家庭成员 / a gift to family; donation: 捐入公益时间池 / to the pool; grant: 公益时间池拨付 / from the pool; cap: 超出存储上限转入公益时间池 / a deposit’s excess over the cap, to the pool */
                kind?: "redemption" | "gift" | "donation" | "grant" | "cap" | "grant_redemption" | "beneficiary_gift";
                limit?: number;
                /** @description pending: 第二步尚未完成 / the second step is not stored yet */
                status?: "pending" | "completed" | "compensated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_list: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUnitBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditUnitBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        position: number | null;
                    } & {
                        [key: string]: string | null;
                    };
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RankingsController_appraiseUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppraisalBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AgreementsController_forUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoBuildingAgreementList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_eraseLiaison: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MonthlyRecordsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyRecord"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireUnitBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_migrateFreeText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FreeTextUnitsMigrated"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VolunteerApplicationsController_list: {
        parameters: {
            query?: {
                /** @description 社区（工作人员须指定） / community (staff must name one) */
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                status?: "pending" | "approved" | "rejected" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerApplicationPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VolunteerApplicationsController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceived"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VolunteerApplicationsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDecided"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VolunteerApplicationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectApplicationBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDecided"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_listVolunteers: {
        parameters: {
            query?: {
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 按姓名或手机号（3 位以上数字）搜索 / search by name, or by phone with 3 or more digits */
                q?: string;
                starLevel?: "0" | "1" | "2" | "3" | "4" | "5";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_registerVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterVolunteerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_volunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource's stream; send it back as If-Match on a change */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerProfile"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountsController_account: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivationCodesController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivationCodeBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationCodeView"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    BirthDateController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BirthDateBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BirthDateRecorded"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_reportLost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_reinstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_reissue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendCardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CertificatesController_certificate: {
        parameters: {
            query: {
                /** @description 本证明的经办人，缺省为社区设置的经办人 / the handling officer for this certificate; the community's default if absent */
                handlingOfficer?: string;
                /** @description 加上培训、表彰与年度评价 / add training, commendations and evaluations */
                include?: "record";
                /** @description 服务开始时间所在的上海自然年 / the Asia/Shanghai year the service started in */
                year: number;
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 证明验证码 / the certificate's code */
                    "X-Certificate-Code"?: string;
                    /** @description 证明编号（按年顺序） / the certificate number (a per-year sequence) */
                    "X-Certificate-Number"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HonoursController_certify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertifyStarLevelBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarLevelCertified"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VolunteerRecordController_commendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommendationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordEntryAdded"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CorrectionRequestsController_ofVolunteer: {
        parameters: {
            query?: {
                /** @description 只列逾期未答复的异议 / only requests open past the deadline */
                overdue?: "true" | "false";
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestList"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CorrectionRequestsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileCorrectionRequestBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestFiled"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CorrectionRequestsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptCorrectionRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestAnswered"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CorrectionRequestsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectCorrectionRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestAnswered"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_eraseVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VolunteerRecordController_evaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordEntryAdded"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FamilyController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyMembers"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FamilyController_declare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareFamilyMemberBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyMemberDeclared"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FamilyController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberVolunteerId: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyMemberConfirmed"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FamilyController_declareResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareFamilyResidentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyResidentDeclared"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FamilyController_confirmResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyResidentConfirmed"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CertificateDetailsController_recordIdentityDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityDocumentBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityDocumentRecorded"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountsController_ledger: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 按记账顺序 / in log order (asc) or newest first (desc) */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_moveVolunteer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveVolunteerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationsController_ofVolunteer: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 只看未读 / unread only */
                unread?: "true" | "false";
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VolunteerRecordController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 资源所在事件流的版本；修改时作为 If-Match 发送 / The revision of the resource's stream; send it back as If-Match on a change */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerRecord"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_reinstateVolunteer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_reportIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportInBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_eligible: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibleRewards"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordListsController_volunteer: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 待认证 / 已认证 / 已驳回 / 全部 — pending, verified, rejected or all */
                status?: "pending" | "verified" | "rejected" | "all";
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordPage"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_suspendVolunteer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 读取该资源时的 ETag：资源已被他人修改则 412，不做任何更改 / The ETag the resource was read with: 412, changing nothing, when it has changed since */
                "If-Match"?: string;
            };
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendVolunteerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match 与当前版本不符，未做任何更改 / If-Match names another revision; nothing was changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VolunteerRecordController_training: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description 所创建或所改变的资源 / Where what was created, or what the action changed, can be read */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordEntryAdded"];
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnitsController_changeUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolunteerUnitBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        position: number | null;
                    } & {
                        [key: string]: string | null;
                    };
                };
            };
            /** @description 请求无效（字段、查询参数或请求头），code 为 VALIDATION_FAILED 等 / Invalid input (a field, query parameter or header) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未认证：缺少令牌、令牌无效、过期或已撤销 / No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 无权执行：角色不符（FORBIDDEN）或超出管辖范围（OUT_OF_SCOPE） / The role may not (FORBIDDEN), or the target is outside the caller's scope (OUT_OF_SCOPE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 所指对象不存在 / What the request names does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 与当前状态冲突 / In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体超过 1 MiB / The body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求地址过长 / The URI is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求体须为 application/json (UTF-8) / The body must be application/json (UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求无法处理（如 Idempotency-Key 已用于另一请求） / Cannot be processed (e.g. the Idempotency-Key was used for another request) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 请求过于频繁，见 Retry-After / Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 服务器错误（5xx）：如数据库暂不可用（503，见 Retry-After） / Server error (5xx), e.g. the database out of reach (503, see Retry-After) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
