package com.tuoyu.directory.demo;

import com.tuoyu.directory.complaint.ComplaintBackdating;
import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.ComplaintHandlingService;
import com.tuoyu.directory.complaint.ComplaintService;
import com.tuoyu.directory.complaint.Finding;
import com.tuoyu.directory.complaint.HandlerAction;
import com.tuoyu.directory.complaint.ParentComplaintService;
import com.tuoyu.directory.complaint.dto.AdminComplaintAction;
import com.tuoyu.directory.complaint.dto.ParentComplaintRequest;
import com.tuoyu.directory.identity.StaffDirectory;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.platform.security.Caller;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.tuoyu.directory.complaint.HandlerAction.ACCEPT;
import static com.tuoyu.directory.complaint.HandlerAction.ASSIGN;
import static com.tuoyu.directory.complaint.HandlerAction.ESCALATE;
import static com.tuoyu.directory.complaint.HandlerAction.NOTE;
import static com.tuoyu.directory.complaint.HandlerAction.REJECT;
import static com.tuoyu.directory.complaint.HandlerAction.REPLY;
import static com.tuoyu.directory.complaint.HandlerAction.REQUEST_INFO;
import static com.tuoyu.directory.complaint.HandlerAction.RESOLVE;

/**
 * A handler's working day for the local run: in each county, complaints in every state, filed days ago through the
 * same services parents and handlers use, then moved back in time so that some are overdue.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DemoComplaints {

    /** One step of a story: a handler's action, the parent's answer (PROVIDE_INFO), or time passing. */
    private record Step(HandlerAction action, String text, Duration pause, boolean parentAnswers) {

        static Step act(HandlerAction action, String text) {
            return new Step(action, text, null, false);
        }

        static Step days(double days) {
            return new Step(null, null, Duration.ofMinutes((long) (days * 24 * 60)), false);
        }

        static Step parentAnswers(String text) {
            return new Step(null, text, null, true);
        }
    }

    private record Story(ComplaintCategory category, String description, boolean photo, List<Step> steps) {
    }

    private static final List<Story> STORIES = List.of(
            new Story(ComplaintCategory.HYGIENE_FOOD, "午餐饭菜经常是凉的，孩子回家说肚子饿，家长群里多人反映过，园方一直没有答复。", true,
                    List.of(Step.days(0.1))),
            new Story(ComplaintCategory.FEES_REFUNDS, "孩子退托已经一个月，押金2000元和未上课的保育费一直没有退，多次催要无果。", false,
                    List.of(Step.days(9))),
            new Story(ComplaintCategory.SUSPECTED_ABUSE, "孩子手臂上有几处淤青，问老师说是自己摔的，但孩子说是被老师掐的，请尽快调查。", true,
                    List.of(Step.days(0.15))),
            new Story(ComplaintCategory.HEALTH_CHECKS, "班上有孩子得了手足口病，园方没有通知其他家长，也没有停课消毒。", false,
                    List.of(Step.days(2), Step.act(ACCEPT, "您的投诉已受理，我们将尽快核实。"), Step.days(0.5),
                            Step.act(REQUEST_INFO, "请补充孩子所在班级和发现病例的日期。"), Step.days(1))),
            new Story(ComplaintCategory.STAFF_QUALIFICATIONS, "新来的保育员好像没有健康证，也没有保育员资格证，孩子很怕她。", true,
                    List.of(Step.days(3), Step.act(ACCEPT, "您的投诉已受理。"), Step.days(1),
                            Step.act(REQUEST_INFO, "请告知该保育员的姓名或所在班级。"), Step.days(1),
                            Step.parentAnswers("是小二班新来的王老师，大概11月中旬开始上班。"), Step.days(0.3))),
            new Story(ComplaintCategory.FEES_REFUNDS, "园方在学期中途把每月保育费从2800元涨到3200元，没有提前公示也没有征求家长意见。", false,
                    List.of(Step.days(1), Step.act(ACCEPT, "您的投诉已受理，我们将核查该机构公示的收费标准。"),
                            Step.act(ASSIGN, null), Step.days(3),
                            Step.act(NOTE, "已调取机构备案收费标准，与家长所述涨价不符，待现场核实。"), Step.days(0.5))),
            new Story(ComplaintCategory.SAFETY_INJURY, "孩子在户外活动时从滑梯上摔下，额头缝了三针，园方当天没有第一时间通知家长。", true,
                    List.of(Step.days(2), Step.act(ACCEPT, "您的投诉已受理，我们高度重视。"), Step.days(12))),
            new Story(ComplaintCategory.FALSE_ADVERTISING, "招生宣传说有外教和双语课程，入托后发现根本没有外教，也没有双语课。", false,
                    List.of(Step.days(2), Step.act(ACCEPT, null), Step.days(2),
                            Step.act(ESCALATE, "涉及广告宣传，需协调市场监管部门。"), Step.days(1))),
            new Story(ComplaintCategory.HYGIENE_FOOD, "厨房就在活动室旁边，味道很大，还看到有苍蝇，担心食品卫生。", false,
                    List.of(Step.days(6), Step.act(ACCEPT, "您的投诉已受理。"), Step.days(2),
                            Step.act(REPLY, "我们已会同卫生监督部门对该机构进行检查。"), Step.days(3),
                            Step.act(RESOLVE, "经检查，厨房防蝇设施不全，已责令立即整改并复查合格。"), Step.days(2))),
            new Story(ComplaintCategory.OTHER, "希望托育机构周末也能开放，方便双职工家庭。", false,
                    List.of(Step.days(2), Step.act(REJECT, "您反映的是服务需求建议，不属于投诉事项，已转交相关部门参考。"), Step.days(1))));

    private final ComplaintService intake;
    private final ComplaintHandlingService handling;
    private final ParentComplaintService parents;
    private final ComplaintBackdating backdating;
    private final NurseriesInScope nurseries;
    private final StaffDirectory staff;
    private final Clock clock;

    /** Files the stories in each county given; answers how many complaints were filed. */
    public Uni<Integer> load(List<String> counties) {
        return Multi.createFrom().iterable(counties)
                .onItem().transformToUniAndConcatenate(this::loadCounty)
                .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    private Uni<Integer> loadCounty(String county) {
        return nurseries.listedIn(county).chain(listed -> staff.handlersCovering(county).chain(handlers -> {
            if (listed.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            String handlerId = handlers.isEmpty() ? "demo-" + county : handlers.get(0).id();
            String assignee = handlers.isEmpty() ? null : handlerId;
            Caller handler = new Caller(handlerId, Set.of("HANDLER"), List.of(county));
            List<Uni<Integer>> filed = new ArrayList<>();
            for (int i = 0; i < STORIES.size(); i++) {
                Story story = STORIES.get(i);
                ListedNursery nursery = listed.get(i % listed.size());
                filed.add(tell(story, nursery, handler, assignee, county + "-" + i).replaceWith(1));
            }
            return Multi.createFrom().iterable(filed).onItem().transformToUniAndConcatenate(u -> u)
                    .collect().asList().map(done -> done.stream().mapToInt(Integer::intValue).sum());
        }));
    }

    private Uni<Void> tell(Story story, ListedNursery nursery, Caller handler, String assignee, String key) {
        Caller parent = new Caller("demo-parent-" + UUID.nameUUIDFromBytes(key.getBytes()), Set.of("PARENT"), List.of());
        LocalDate incident = LocalDate.now(clock.withZone(com.tuoyu.directory.platform.time.ClockProducer.CHINA)).minusDays(20);
        ParentComplaintRequest request = new ParentComplaintRequest(nursery.id(), null, null, null, story.category(),
                story.description(), incident, "139" + String.format("%08d", Math.abs(key.hashCode()) % 100_000_000), true);
        List<byte[]> photos = story.photo() ? List.of(DemoPhotos.png(key)) : List.of();
        return intake.submit(parent, "demo-" + key, request, photos).chain(filed -> {
            UUID id = filed.receipt().id();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Step step : story.steps()) {
                chain = chain.chain(() -> run(step, id, parent, handler, assignee));
            }
            return chain;
        });
    }

    private Uni<Void> run(Step step, UUID id, Caller parent, Caller handler, String assignee) {
        if (step.pause() != null) {
            return backdating.backdate(id, step.pause());
        }
        if (step.parentAnswers()) {
            return parents.provideInformation(parent, id, step.text()).replaceWithVoid();
        }
        if (step.action() == ASSIGN && assignee == null) {
            return Uni.createFrom().voidItem();
        }
        return handling.get(handler, id).chain(view -> handling.act(handler, id, new AdminComplaintAction(step.action(),
                view.version(), step.text(), step.action() == ASSIGN ? assignee : null,
                step.action() == RESOLVE ? Finding.SUBSTANTIATED : null, null, null))).replaceWithVoid();
    }
}
