package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/**
 * Why a handler needs a reporter's full number: the purposes complaint handling has for it (PIPL art. 6: no more
 * than the purpose needs). Chosen from this list, with a sentence of text; both go into the audit log.
 */
public enum RevealReason implements Labelled {
    VERIFY_FACTS("电话核实事发经过", "Verify what happened by phone"),
    REQUEST_EVIDENCE("请投诉人补充材料或证据", "Ask the reporter for more information or evidence"),
    ARRANGE_VISIT("约定现场调查或询问", "Arrange an on-site investigation or interview"),
    INFORM_OUTCOME("告知办理结果", "Tell the reporter the outcome"),
    CHILD_SAFETY("儿童安全紧急情况", "Urgent risk to a child's safety"),
    REFERRAL("移交公安、市场监管等部门", "Refer to the police, market regulation or another authority"),
    OTHER("其他（请在说明中写明）", "Other (say which in the text)");

    private final Text text;

    RevealReason(String zh, String en) {
        this.text = Text.of(zh, en);
    }

    @Override
    public Text text() {
        return text;
    }
}
