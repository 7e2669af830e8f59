package com.tuoyu.directory.demo;

/**
 * The words the demo data is made of: brands, suffixes, roads and estates for names and addresses, filing reasons,
 * inspection findings and penalties, as a register in China words them. Apart from the generator so that its one
 * random stream stays readable.
 */
final class DemoWords {

    static final String[] BRANDS = {"小太阳", "爱心", "童乐", "启蒙", "阳光", "蓓蕾", "小橡树", "贝贝", "金色摇篮",
            "彩虹", "七色花", "小天使", "育苗", "乐童", "星星", "小海豚", "春芽", "悦成长", "优贝", "快乐宝贝", "萌芽", "童趣",
            "森林", "朵朵", "蒲公英", "向日葵", "小牛顿", "馨悦", "晨曦", "禾苗", "小蜜蜂", "青苹果"};
    static final String[] SUFFIXES = {"托育中心", "托育园", "婴幼儿照护中心", "托育服务中心", "宝贝之家", "托育驿站"};
    static final String[] ROADS = {"人民路", "解放路", "建设路", "中山路", "和平路", "文化路", "新华路", "胜利路",
            "光明路", "朝阳路", "民主路", "幸福路", "青年路", "团结路", "北京路", "长江路", "滨江路", "友谊路", "迎宾大道",
            "南京路", "体育路", "学府路", "花园路", "东风路"};
    static final String[] ESTATES = {"锦绣华庭", "阳光城", "碧桂园", "万科城", "滨江花园", "金地名邸", "绿地中央广场",
            "保利香槟", "融创壹号院", "恒大名都", "中海国际社区", "书香门第"};
    /** Written without 市: the city's name (南昌市) goes before them. */
    static final String[] EMPLOYERS = {"第一人民医院", "妇幼保健院", "供电公司", "机关事务管理局",
            "高新区产业园", "第二中学", "人民检察院", "中心医院", "轨道交通集团"};
    static final String[] KINDERGARTENS = {"实验幼儿园", "机关幼儿园", "第一幼儿园", "育才幼儿园", "红星幼儿园"};
    static final String[] RETURN_REASONS = {"未提供消防安全检查合格证明", "托幼机构卫生评价报告结论为不合格",
            "场地使用面积不符合设置标准", "保育人员健康合格证明不全"};
    static final String[] REVOKE_REASONS = {"提供虚假备案材料，依法撤销备案", "发生严重安全责任事故，依法撤销备案",
            "擅自变更场地且不符合设置标准，依法撤销备案"};
    static final String[] CLOSE_REASONS = {"举办者申请停止办学", "场地租赁到期，机构停办"};
    static final String[] FINDINGS_GOOD = {"各项制度健全，晨午检记录完整", "食品留样规范，消毒记录齐全",
            "监控设备运行正常，录像保存满90天", "保育人员持证上岗", "消防器材在有效期内，疏散通道畅通",
            "婴幼儿膳食营养分析每月开展", "玩具、被褥定期清洗消毒并有记录", "突发事件应急预案完善，本学期已组织演练",
            "家长开放日按期举办，收费公示清楚", "户外活动场地防护设施完好"};
    /** Findings of an inspection that asked for rectification: the shortcoming and what was ordered. */
    static final String[] FINDINGS_BAD = {"消毒记录不全", "部分保育人员健康证过期", "安全出口堆放杂物",
            "食品留样不足48小时", "监控录像保存不足90天", "晨午检记录缺漏", "睡眠室床位间距不足",
            "药品未专柜上锁存放", "收费标准未在显著位置公示", "一名保育员未取得保育员资格证书"};
    static final String[] RECTIFICATION_ORDERS = {"责令限期15日内整改", "当场整改完毕", "责令限期整改并复查",
            "责令7日内整改并提交书面报告"};
    /** Findings of a failed inspection: serious shortcomings, the nursery told to stop what caused them. */
    static final String[] FINDINGS_FAILED = {"实际收托人数超出备案托位数，且保育人员配比不足",
            "厨房无有效食品经营许可，责令立即停止供餐", "消防设施损坏且安全出口封闭，责令停止使用相关场地",
            "多名保育人员无健康合格证明上岗"};
    static final String[][] PENALTIES = {
            {"超出备案托位数招收婴幼儿", "警告，并处罚款人民币5000元"},
            {"未按规定公示收费标准", "警告"},
            {"聘用未取得健康合格证明的人员从事保育工作", "罚款人民币10000元，责令限期改正"},
            {"未按规定进行卫生评价", "责令限期改正，罚款人民币3000元"}};

    private DemoWords() {
    }
}
