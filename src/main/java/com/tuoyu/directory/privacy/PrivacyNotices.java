package com.tuoyu.directory.privacy;

import com.tuoyu.directory.identity.CurrentPrivacyNotice;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.privacy.dto.PrivacyNoticeView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The privacy notice (隐私政策), versioned: a new version is a new entry here, made current, and parents accept it at
 * their next sign-in. Older versions stay readable, since a parent's account records the version they accepted.
 */
@ApplicationScoped
class PrivacyNotices implements CurrentPrivacyNotice {

    static final String CURRENT = "2026-12-06";

    private record Notice(String version, LocalDate effectiveFrom, Text title, List<Text> sections) {
    }

    private static final Map<String, Notice> NOTICES = Map.of(CURRENT, new Notice(CURRENT, LocalDate.of(2026, 12, 6),
            Text.of("托育机构公共服务平台隐私政策", "Privacy notice of the public nursery directory"),
            List.of(
                    Text.of("我们是谁：本平台由托育机构监管部门运营，用于公开托育机构信息、受理家长投诉举报和预约参观。",
                            "Who we are: the nursery supervision authority runs this service to publish nurseries' information, "
                                    + "take parents' complaints and arrange visits."),
                    Text.of("我们收集什么：登录用的手机号码或微信身份（openid/unionid）；您提交的投诉内容、照片和联系电话；收藏的托育机构；"
                                    + "空位提醒（孩子的出生月份，不含姓名）；预约参观的请求（您选择提供时的电话）。",
                            "What we collect: the phone number or WeChat identity (openid/unionid) you sign in with; the complaints, "
                                    + "photos and contact number you send; saved nurseries; vacancy alerts (a child's birth month, no "
                                    + "name); visit requests (with a phone only when you choose to share it)."),
                    Text.of("敏感个人信息：涉及儿童健康、伤害或安全的投诉包含敏感个人信息和不满十四周岁未成年人的信息，"
                                    + "提交前我们会单独征得您的同意，仅用于调查处理该投诉。",
                            "Sensitive information: a complaint about a child's health, injury or safety holds sensitive personal "
                                    + "information about a child under 14; we ask your separate consent before you file it and use it "
                                    + "only to investigate that complaint."),
                    Text.of("如何保护：手机号码和微信身份以国密 SM4 算法加密存储，按 SM3 密钥散列查找；被投诉的托育机构永远看不到举报人的身份；"
                                    + "工作人员查看您的电话须说明理由并留痕。",
                            "How we protect it: phone numbers and WeChat identities are stored encrypted with SM4 and found by a "
                                    + "keyed SM3 hash; the nursery complained about never learns who complained; staff who view your "
                                    + "number must give a reason, and it is recorded."),
                    Text.of("保存多久：投诉办结后联系电话保存 3 年、照片保存 1 年（作为处罚依据的除外）；投诉内容按档案要求保存；"
                                    + "2 年未登录的账号在提前 30 天通知后删除；操作日志保存 6 年。",
                            "How long: a complaint's contact number is kept 3 years after it is closed, its photos 1 year (unless a "
                                    + "penalty relies on them); the complaint's text as records rules require; an account unused for "
                                    + "2 years is deleted after a notice 30 days before; the audit trail 6 years."),
                    Text.of("您的权利：在\u201c我的\u201d中可查看并下载我们保存的关于您的全部信息、更换手机号码、撤回接收通知的同意、注销账号。"
                                    + "注销后投诉记录保留，但不再能识别到您。",
                            "Your rights: under \"Me\" you can see and download everything we hold about you, change your phone "
                                    + "number, withdraw consent to notifications and delete your account. After deletion your complaints "
                                    + "stay on record but can no longer be linked to you."),
                    Text.of("联系我们：对个人信息处理有疑问或投诉，请拨打 12345 政务服务便民热线。",
                            "Contact: for questions or complaints about how we handle personal information, call the 12345 "
                                    + "government service hotline."))));

    @Override
    public String version() {
        return CURRENT;
    }

    Optional<PrivacyNoticeView> notice(String version) {
        Notice notice = NOTICES.get(version);
        return Optional.ofNullable(notice).map(n -> new PrivacyNoticeView(n.version(), n.version().equals(CURRENT),
                n.effectiveFrom(), n.title(), n.sections()));
    }
}
