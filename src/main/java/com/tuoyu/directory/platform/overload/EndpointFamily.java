package com.tuoyu.directory.platform.overload;

import com.tuoyu.directory.platform.text.Text;

/** A group of endpoints that share one bulkhead (see {@link OverloadConfig}), with what a refused client is told. */
public enum EndpointFamily {
    NURSERY_DETAIL("查看托育机构详情的人太多", "Too many people are opening nursery details right now"),
    COMPLAINT_SUBMISSION("正在提交的投诉太多，你的投诉尚未保存", "Too many complaints are being filed right now; yours has not been stored"),
    PUBLIC_LISTS("查看备案公告和抽查名单的人太多", "Too many people are reading filing notices and inspection draws right now"),
    SIGN_IN("正在登录的人太多", "Too many people are signing in right now"),
    STATISTICS("正在计算的统计太多", "Too many statistics are being computed right now");

    private final String situationZh;
    private final String situationEn;

    EndpointFamily(String situationZh, String situationEn) {
        this.situationZh = situationZh;
        this.situationEn = situationEn;
    }

    /** The problem detail of a refused request: what happened and what to do. */
    public Text detail(long retryAfterSeconds) {
        return Text.of(situationZh + "。请 " + retryAfterSeconds + " 秒后再试；此次请求没有改变任何数据。",
                situationEn + ". Please try again in " + retryAfterSeconds + " second" + (retryAfterSeconds == 1 ? "" : "s")
                + "; nothing was changed by this request.");
    }
}
