package com.tuoyu.directory.registerimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A column: the key used in the English template and the names accepted for it. */
enum Column {
    FILING_NUMBER("filing_number", "备案编号", "备案号"),
    NAME("name", "机构名称", "名称"),
    OPERATOR_NAME("operator_name", "举办者", "举办单位"),
    CREDIT_CODE("credit_code", "统一社会信用代码"),
    REGISTRATION_TYPE("registration_type", "登记类型", "法人类型"),
    OPERATING_MODEL("operating_model", "举办模式", "办园性质"),
    INCLUSIVE("inclusive", "普惠", "是否普惠"),
    DIVISION_CODE("division_code", "行政区划代码", "区划代码"),
    ADDRESS("address", "地址", "详细地址"),
    LONGITUDE("longitude", "经度"),
    LATITUDE("latitude", "纬度"),
    OPENS_AT("opens_at", "开园时间"),
    CLOSES_AT("closes_at", "离园时间", "闭园时间"),
    OPEN_DAYS("open_days", "开放日"),
    CONTACT_PHONE("contact_phone", "联系电话"),
    CARE_TYPES("care_types", "托育类型", "服务类型"),
    MEALS_PROVIDED("meals_provided", "提供膳食", "提供餐食"),
    CCTV_INSTALLED("cctv_installed", "视频监控", "安装监控"),
    CCTV_RETENTION_DAYS("cctv_retention_days", "监控保存天数"),
    SECURITY_ON_SITE("security_on_site", "专职保安", "保安"),
    SAFETY_AS_OF("safety_as_of", "安全信息日期"),
    AUTHORITY("authority", "备案机关"),
    SUBMITTED_ON("submitted_on", "申请日期", "提交日期"),
    FILED_ON("filed_on", "备案日期", "回执日期"),
    HEALTH_STAFF("health_staff", "保健人员"),
    SECURITY_STAFF("security_staff", "保安人员"),
    QUALIFIED_SHARE("qualified_share", "保育人员持证比例"),
    HEALTH_CERTIFICATE_SHARE("health_certificate_share", "健康证持有比例"),
    STAFFING_AS_OF("staffing_as_of", "人员信息日期"),
    CARE_TYPE("care_type", "托育类型"),
    AGE_GROUP("age_group", "班型"),
    AMOUNT_YUAN("amount_yuan", "收费标准", "收费标准(元)", "收费标准（元）"),
    MEAL_FEE_YUAN("meal_fee_yuan", "伙食费", "伙食费(元)", "伙食费（元）"),
    EFFECTIVE_FROM("effective_from", "执行日期", "生效日期"),
    PERMIT_KIND("kind", "证照类型"),
    PERMIT_NUMBER("number", "证照编号"),
    ISSUED_ON("issued_on", "发证日期"),
    VALID_UNTIL("valid_until", "有效期至");

    final String key;
    final List<String> names;

    Column(String key, String... chinese) {
        this.key = key;
        List<String> all = new ArrayList<>();
        all.add(key);
        for (String name : chinese) {
            all.add(name.toLowerCase(Locale.ROOT));
        }
        this.names = List.copyOf(all);
    }
}
