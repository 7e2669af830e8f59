package com.tuoyu.directory.nurserystaff;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nurserystaff.dto.AdminNurseryPage;
import com.tuoyu.directory.nurserystaff.dto.AdminNurseryPageUpdate;
import com.tuoyu.directory.nurserystaff.dto.AdminNurseryPhoto;
import com.tuoyu.directory.nurserystaff.dto.MenuDay;
import com.tuoyu.directory.nurserystaff.dto.ProgrammeItem;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.platform.text.Texts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The descriptive page a nursery keeps itself (texts and photos), and the officers' power to hide a part that breaks
 * the rules. Every change is audited and announced through the outbox ({@code nursery.changed}) in its transaction,
 * so the public page and the search projection follow within seconds. A nursery's staff reach only their nursery;
 * officers only their districts (others answer 404).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class OwnPageService {

    static final TypeReference<List<ProgrammeItem>> PROGRAMME = new TypeReference<>() {
    };
    static final TypeReference<List<MenuDay>> MENU = new TypeReference<>() {
    };

    private final NurseryProfileRepository profiles;
    private final NurseryPhotoRepository photos;
    private final VacancyReports vacancies;
    private final PagePhotos photoStore;
    private final NurseriesInScope scope;
    private final NurseryService nurseries;
    private final NurseryPageConfig config;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;

    /** The page as the nursery and the officers see it, hidden parts with their reasons. */
    @WithSession
    public Uni<AdminNurseryPage> page(Caller caller, UUID id) {
        return scope.disclosedFacts(caller, id).chain(n -> view(id));
    }

    @WithTransaction
    public Uni<AdminNurseryPage> update(Caller caller, UUID id, AdminNurseryPageUpdate update) {
        return scope.lockDisclosedFacts(caller, id).chain(n -> profiles.findById(id)).chain(found -> {
            NurseryProfile profile = found != null ? found : blank(id);
            long current = shownVersion(found);
            if (update.expectedVersion() != null && update.expectedVersion() != current) {
                return Uni.createFrom().failure(ProblemException.conflict("页面现在是第 " + current + " 版，不是第 "
                                + update.expectedVersion() + " 版：其间有人修改过。请重新加载后再改。", "The page is at version "
                                + current + ", not " + update.expectedVersion() + ": someone changed it meanwhile. "
                                + "Reload it and apply your change again."));
            }
            String before = found == null ? null : json.write(texts(profile));
            profile.description = Texts.blankToNull(update.description());
            profile.dailyProgramme = listOrNull(update.dailyProgramme());
            profile.weeklyMenu = listOrNull(update.weeklyMenu());
            profile.languages = update.languages() == null || update.languages().isEmpty() ? null
                    : String.join(",", update.languages().stream().map(String::strip).distinct().toList());
            profile.website = Texts.blankToNull(update.website());
            profile.wechatAccount = Texts.blankToNull(update.wechatOfficialAccount());
            profile.updatedAt = clock.instant();
            Uni<NurseryProfile> saved = found == null ? profiles.persist(profile) : Uni.createFrom().item(profile);
            return saved.call(profiles::flush)
                    .chain(p -> changed(caller, id, "NURSERY_PAGE_UPDATED", before, json.write(texts(p)), null));
        });
    }

    /** Hides a text from the public with a reason the nursery sees; it stays hidden, whatever the nursery writes, until shown again. */
    @WithTransaction
    public Uni<AdminNurseryPage> hideText(Caller caller, UUID id, PageText text, String reason) {
        return changeProfile(caller, id, profile -> {
            profile.hide(text, reason.strip());
            return "NURSERY_PAGE_TEXT_HIDDEN:" + text;
        }, reason.strip());
    }

    @WithTransaction
    public Uni<AdminNurseryPage> showText(Caller caller, UUID id, PageText text) {
        return changeProfile(caller, id, profile -> {
            profile.hide(text, null);
            return "NURSERY_PAGE_TEXT_SHOWN:" + text;
        }, null);
    }

    @WithTransaction
    public Uni<AdminNurseryPage> addPhoto(Caller caller, UUID id, byte[] upload, String caption) {
        return scope.lockDisclosedFacts(caller, id).chain(n -> photos.count("nurseryId", id)).chain(count -> {
            if (count >= config.maxPhotos()) {
                return Uni.createFrom().failure(ProblemException.conflict("每家机构最多 " + config.maxPhotos() + " 张照片（含被隐藏的）；"
                                + "请先删除一张。", "A nursery keeps at most " + config.maxPhotos() + " photos (hidden ones included); "
                                + "delete one first."));
            }
            return photos.find("nurseryId = ?1 order by position desc", id).firstResult()
                    .chain(last -> photoStore.prepare(id, upload).chain(prepared -> photoStore.storeThen(prepared, () -> {
                        NurseryPhoto photo = new NurseryPhoto();
                        photo.id = prepared.id();
                        photo.nurseryId = id;
                        photo.storageKey = prepared.storageKey();
                        photo.contentType = prepared.type().mediaType();
                        photo.sizeBytes = prepared.content().length;
                        photo.sha256 = prepared.sha256();
                        photo.caption = Texts.blankToNull(caption);
                        photo.position = last == null ? 0 : last.position + 1;
                        photo.uploadedAt = clock.instant();
                        return photos.persist(photo).call(photos::flush)
                                .chain(p -> changed(caller, id, "NURSERY_PHOTO_ADDED", null, photoState(p), null));
                    })));
        });
    }

    @WithTransaction
    public Uni<AdminNurseryPage> deletePhoto(Caller caller, UUID id, UUID photoId) {
        return scope.lockDisclosedFacts(caller, id).chain(n -> photo(id, photoId)).chain(photo -> {
            String before = photoState(photo);
            return photos.delete(photo).call(photos::flush)
                    .chain(() -> changed(caller, id, "NURSERY_PHOTO_DELETED", before, null, null))
                    // Removed from storage only once the row is gone for good; a failed delete leaves an orphan, never a hole.
                    .call(() -> photoStore.delete(photo.storageKey));
        });
    }

    @WithTransaction
    public Uni<AdminNurseryPage> hidePhoto(Caller caller, UUID id, UUID photoId, String reason) {
        return changePhoto(caller, id, photoId, photo -> {
            photo.hiddenReason = reason.strip();
            photo.hiddenAt = clock.instant();
        }, "NURSERY_PHOTO_HIDDEN", reason.strip());
    }

    @WithTransaction
    public Uni<AdminNurseryPage> showPhoto(Caller caller, UUID id, UUID photoId) {
        return changePhoto(caller, id, photoId, photo -> {
            photo.hiddenReason = null;
            photo.hiddenAt = null;
        }, "NURSERY_PHOTO_SHOWN", null);
    }

    /** A photo's media type and bytes, hidden or not, for the nursery's staff and officers. */
    @WithSession
    public Uni<StoredPhoto> staffPhoto(Caller caller, UUID id, UUID photoId) {
        return scope.disclosedFacts(caller, id).chain(n -> photo(id, photoId)).chain(this::stored);
    }

    /** A shown photo of a listed nursery; hidden photos and unlisted nurseries answer 404. */
    @WithSession
    public Uni<StoredPhoto> publicPhoto(UUID id, UUID photoId) {
        return nurseries.findListed(id).chain(n -> n == null ? Uni.createFrom().<NurseryPhoto>nullItem()
                        : photos.find("id = ?1 and nurseryId = ?2 and hiddenReason is null", photoId, id).firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("这家托育机构没有公开的照片 " + photoId + "。",
                        "This nursery shows no photo " + photoId + "."))
                .chain(this::stored);
    }

    public record StoredPhoto(String contentType, byte[] content) {
    }

    private Uni<StoredPhoto> stored(NurseryPhoto photo) {
        return photoStore.read(photo.storageKey).map(bytes -> new StoredPhoto(photo.contentType, bytes));
    }

    private Uni<AdminNurseryPage> changeProfile(Caller caller, UUID id, Function<NurseryProfile, String> change, String reason) {
        return scope.lockDisclosedFacts(caller, id).chain(n -> profiles.findById(id)).chain(found -> {
            NurseryProfile profile = found != null ? found : blank(id);
            String before = json.write(hiddenState(profile));
            String action = change.apply(profile);
            profile.updatedAt = clock.instant();
            Uni<NurseryProfile> saved = found == null ? profiles.persist(profile) : Uni.createFrom().item(profile);
            return saved.call(profiles::flush)
                    .chain(p -> changed(caller, id, action, before, json.write(hiddenState(p)), reason));
        });
    }

    private Uni<AdminNurseryPage> changePhoto(Caller caller, UUID id, UUID photoId, java.util.function.Consumer<NurseryPhoto> change,
                                              String action, String reason) {
        return scope.lockDisclosedFacts(caller, id).chain(n -> photo(id, photoId)).chain(photo -> {
            String before = photoState(photo);
            change.accept(photo);
            return photos.flush().chain(() -> changed(caller, id, action, before, photoState(photo), reason));
        });
    }

    /** Audits the change and announces it, in the caller's transaction; answers the page as it now is. */
    private Uni<AdminNurseryPage> changed(Caller caller, UUID id, String action, String before, String after, String reason) {
        return audit.record(caller, action, "nursery", id.toString(), before, after, reason)
                .chain(() -> nurseries.recordPublicChange(List.of(id)))
                .chain(() -> view(id));
    }

    private Uni<NurseryPhoto> photo(UUID id, UUID photoId) {
        return photos.find("id = ?1 and nurseryId = ?2", photoId, id).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("这家托育机构没有照片 " + photoId + "。",
                        "This nursery has no photo " + photoId + "."));
    }

    private Uni<AdminNurseryPage> view(UUID id) {
        return profiles.findById(id).chain(profile -> photos.list("nurseryId = ?1 order by position", id)
                .chain(rows -> vacancies.latest(id).map(latest -> {
                    NurseryProfile p = profile != null ? profile : blank(id);
                    List<AdminNurseryPage.HiddenText> hidden = Arrays.stream(PageText.values())
                            .filter(t -> p.hidden(t) != null)
                            .map(t -> new AdminNurseryPage.HiddenText(t.name(), t.label(), p.hidden(t))).toList();
                    List<AdminNurseryPhoto> photoViews = rows.stream().map(r -> new AdminNurseryPhoto(r.id, r.caption, r.position,
                            r.uploadedAt, r.hiddenReason, r.hiddenAt,
                            "/api/v1/admin/nurseries/" + id + "/page/photos/" + r.id)).toList();
                    return new AdminNurseryPage(id, p.description, programme(p), menu(p), languages(p), p.website, p.wechatAccount,
                            hidden, photoViews, latest, profile == null ? null : p.updatedAt, shownVersion(profile));
                })));
    }

    /** 0 before the page was first saved, then 1, 2 …: the row's own version starts at 0 with its first save. */
    private static long shownVersion(NurseryProfile saved) {
        return saved == null ? 0 : saved.version + 1;
    }

    List<ProgrammeItem> programme(NurseryProfile p) {
        return p.dailyProgramme == null ? List.of() : json.read(p.dailyProgramme, PROGRAMME);
    }

    List<MenuDay> menu(NurseryProfile p) {
        return p.weeklyMenu == null ? List.of() : json.read(p.weeklyMenu, MENU);
    }

    static List<String> languages(NurseryProfile p) {
        return p.languages == null ? List.of() : List.of(p.languages.split(","));
    }

    private String listOrNull(List<?> items) {
        return items == null || items.isEmpty() ? null : json.write(items);
    }

    private Map<String, Object> texts(NurseryProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", p.description);
        m.put("dailyProgramme", programme(p));
        m.put("weeklyMenu", menu(p));
        m.put("languages", languages(p));
        m.put("website", p.website);
        m.put("wechatOfficialAccount", p.wechatAccount);
        return m;
    }

    private static Map<String, Object> hiddenState(NurseryProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (PageText t : PageText.values()) {
            m.put(t.name(), p.hidden(t));
        }
        return m;
    }

    private String photoState(NurseryPhoto p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id);
        m.put("caption", p.caption);
        m.put("sha256", p.sha256);
        m.put("hiddenReason", p.hiddenReason);
        return json.write(m);
    }

    private NurseryProfile blank(UUID id) {
        NurseryProfile p = new NurseryProfile();
        p.nurseryId = id;
        p.updatedAt = clock.instant();
        return p;
    }
}
