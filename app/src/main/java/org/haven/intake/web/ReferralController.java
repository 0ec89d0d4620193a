package org.haven.intake.web;

import org.haven.access.CurrentUser;
import org.haven.access.SignedInUser;
import org.haven.matching.KnownChildren;
import org.haven.casework.CaseId;
import org.haven.directory.Directory;
import org.haven.directory.OrganisationId;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.intake.ReferralAttachments;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.PickLists;
import org.haven.platform.EditConflict;
import org.haven.screening.Catalogues;
import org.haven.screening.IndicatorKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Writing and sending a referral; the receiving agency's incoming list and its three answers. */
@Controller
class ReferralController {

    private final Intake intake;
    private final ReferralAttachments attachments;
    private final Directory directory;
    private final Catalogues catalogues;
    private final KnownChildren knownChildren;
    private final PickLists pickLists;
    private final String country;

    ReferralController(Intake intake, ReferralAttachments attachments, Directory directory, Catalogues catalogues,
                       KnownChildren knownChildren, PickLists pickLists, @Value("${haven.country}") String country) {
        this.pickLists = pickLists;
        this.intake = intake;
        this.attachments = attachments;
        this.directory = directory;
        this.catalogues = catalogues;
        this.knownChildren = knownChildren;
        this.country = country;
    }

    /** The referral form as typed; what is typed is never lost. */
    public static class ReferralForm {
        private String givenNames;
        private String familyName;
        private String estimatedAge;
        private String bornDay;
        private String bornMonth;
        private String bornYear;
        private String nationality;
        private String secondNationality;
        /** Nationalities beyond two (from the API or an HTCDS file), carried through the form so none is lost. */
        private String otherNationalities;
        private String sex;
        private String language;
        private String place;
        private String region;
        private String observedWhen;
        private String observations;
        private String accompanyingAdults;
        private boolean immediateDanger;
        private boolean alreadyKnown;
        private Set<String> indicators = new HashSet<>();
        private long version;

        static ReferralForm of(Referral referral) {
            var form = new ReferralForm();
            var c = referral.content();
            form.givenNames = c.givenNames();
            form.familyName = c.familyName();
            form.estimatedAge = c.estimatedAge() == null ? null : c.estimatedAge().toString();
            if (c.dateOfBirth() != null) {
                form.bornDay = String.valueOf(c.dateOfBirth().getDayOfMonth());
                form.bornMonth = String.valueOf(c.dateOfBirth().getMonthValue());
                form.bornYear = String.valueOf(c.dateOfBirth().getYear());
            }
            form.nationality = c.nationalities().isEmpty() ? null : c.nationalities().get(0);
            form.secondNationality = c.nationalities().size() > 1 ? c.nationalities().get(1) : null;
            form.otherNationalities = c.nationalities().size() > 2
                    ? String.join(",", c.nationalities().subList(2, c.nationalities().size())) : null;
            form.sex = c.sex();
            form.language = c.language();
            form.place = c.place();
            form.region = c.region();
            form.observedWhen = c.observedWhen();
            form.observations = c.observations();
            form.accompanyingAdults = c.accompanyingAdults();
            form.immediateDanger = c.immediateDanger();
            form.alreadyKnown = c.alreadyKnown();
            form.indicators = new HashSet<>(c.indicators());
            form.version = referral.version();
            return form;
        }

        Referral.Content toContent() {
            return toContent(dateOfBirth());
        }

        /** What was typed, with the date of birth as saved before when the one typed is not (yet) a date: for saving as one types. */
        Referral.Content toContentKeeping(java.time.LocalDate savedDateOfBirth) {
            java.time.LocalDate typed;
            try {
                typed = dateOfBirth();
            } catch (DomainRuleViolation notADate) {
                typed = savedDateOfBirth;
            }
            return toContent(typed);
        }

        private Referral.Content toContent(java.time.LocalDate dateOfBirth) {
            Integer age = null;
            if (estimatedAge != null && !estimatedAge.isBlank()) {
                try {
                    age = Integer.valueOf(estimatedAge.strip());
                } catch (NumberFormatException notANumber) {
                    throw new DomainRuleViolation("referral.age.invalid");
                }
            }
            return new Referral.Content(givenNames, familyName, age, sex, language, place, region, observedWhen,
                    observations, accompanyingAdults, immediateDanger, alreadyKnown, indicators, dateOfBirth,
                    nationalities());
        }

        private List<String> nationalities() {
            var all = new java.util.ArrayList<>(java.util.Arrays.asList(nationality, secondNationality));
            if (!blank(otherNationalities)) {
                all.addAll(List.of(otherNationalities.split(",")));
            }
            return all;
        }

        /** The date of birth from its three parts: none when all are empty, else all three making a real date. */
        private java.time.LocalDate dateOfBirth() {
            if (blank(bornDay) && blank(bornMonth) && blank(bornYear)) {
                return null;
            }
            try {
                return java.time.LocalDate.of(Integer.parseInt(bornYear.strip()), Integer.parseInt(bornMonth.strip()),
                        Integer.parseInt(bornDay.strip()));
            } catch (RuntimeException notADate) {
                throw new DomainRuleViolation("referral.birth-date.invalid");
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public String getGivenNames() { return givenNames; }
        public void setGivenNames(String v) { givenNames = v; }
        public String getFamilyName() { return familyName; }
        public void setFamilyName(String v) { familyName = v; }
        public String getEstimatedAge() { return estimatedAge; }
        public void setEstimatedAge(String v) { estimatedAge = v; }
        public String getBornDay() { return bornDay; }
        public void setBornDay(String v) { bornDay = v; }
        public String getBornMonth() { return bornMonth; }
        public void setBornMonth(String v) { bornMonth = v; }
        public String getBornYear() { return bornYear; }
        public void setBornYear(String v) { bornYear = v; }
        public String getNationality() { return nationality; }
        public void setNationality(String v) { nationality = v; }
        public String getSecondNationality() { return secondNationality; }
        public void setSecondNationality(String v) { secondNationality = v; }
        public String getOtherNationalities() { return otherNationalities; }
        public void setOtherNationalities(String v) { otherNationalities = v; }
        public String getSex() { return sex; }
        public void setSex(String v) { sex = v; }
        public String getLanguage() { return language; }
        public void setLanguage(String v) { language = v; }
        public String getPlace() { return place; }
        public void setPlace(String v) { place = v; }
        public String getRegion() { return region; }
        public void setRegion(String v) { region = v; }
        public String getObservedWhen() { return observedWhen; }
        public void setObservedWhen(String v) { observedWhen = v; }
        public String getObservations() { return observations; }
        public void setObservations(String v) { observations = v; }
        public String getAccompanyingAdults() { return accompanyingAdults; }
        public void setAccompanyingAdults(String v) { accompanyingAdults = v; }
        public boolean isImmediateDanger() { return immediateDanger; }
        public void setImmediateDanger(boolean v) { immediateDanger = v; }
        public boolean isAlreadyKnown() { return alreadyKnown; }
        public void setAlreadyKnown(boolean v) { alreadyKnown = v; }
        public Set<String> getIndicators() { return indicators; }
        public void setIndicators(Set<String> v) { indicators = v == null ? new HashSet<>() : v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    @GetMapping("/referrals")
    String mine(Model model) {
        model.addAttribute("referrals", intake.mine(CurrentUser.require()));
        return "intake/referrals";
    }

    @PostMapping("/referrals")
    String start() {
        return "redirect:/referrals/" + intake.startDraft(CurrentUser.require()) + "/edit";
    }

    @GetMapping("/referrals/{id}/edit")
    String edit(@PathVariable UUID id, @RequestParam(required = false) String refused, Model model) {
        var referral = intake.view(CurrentUser.require(), id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReferralForm.of(referral));
        }
        if ("too-large".equals(refused)) { // sent back by UploadSizeGuard
            model.addAttribute("attachmentError", new DomainRuleViolation("referral.attachment.too-large",
                    attachments.maxSize().toMegabytes()));
        }
        return formPage(referral, model);
    }

    /**
     * Adds a file. The "Add file" button sends the whole form, so what was typed is saved first and
     * kept on screen whatever happens to the file.
     */
    @PostMapping(path = "/referrals/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String attach(@PathVariable UUID id, @ModelAttribute("form") ReferralForm form, BindingResult errors,
                  @RequestPart(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws java.io.IOException {
        var user = CurrentUser.require();
        if (!keepTyped(user, id, form, errors)) {
            return formPage(intake.view(user, id), form, model);
        }
        try {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                throw new DomainRuleViolation("referral.attachment.missing");
            }
            attachments.add(user, id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "referral.attachments.added");
            return "redirect:/referrals/" + id + "/edit#attachments";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("attachmentError", refused);
            return formPage(intake.view(user, id), form, model);
        }
    }

    @PostMapping("/referrals/{id}/attachments/{attachment}/remove")
    String detach(@PathVariable UUID id, @PathVariable UUID attachment, @ModelAttribute("form") ReferralForm form,
                  BindingResult errors, Model model) {
        var user = CurrentUser.require();
        if (!keepTyped(user, id, form, errors)) {
            return formPage(intake.view(user, id), form, model);
        }
        attachments.remove(user, id, attachment);
        return "redirect:/referrals/" + id + "/edit#attachments";
    }

    /** Always a download, never shown inline: a file from outside cannot run as part of Haven's pages. */
    @GetMapping("/referrals/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
        var file = attachments.open(CurrentUser.require(), id, attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** Saves what was typed before a file is added or removed; false (with the reason) when it could not be. */
    private boolean keepTyped(SignedInUser user, UUID id, ReferralForm form, BindingResult errors) {
        try {
            // Only the referrer writes a draft, so a newer version can only be their own autosave: build on it.
            long current = intake.view(user, id).version();
            intake.write(user, id, form.toContent(), current);
            return true;
        } catch (EditConflict conflict) {
            errors.reject("referral.conflict");
        } catch (DomainRuleViolation refused) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
        }
        return false;
    }

    @PostMapping("/referrals/{id}")
    String save(@PathVariable UUID id, @ModelAttribute("form") ReferralForm form, BindingResult errors,
                @RequestParam(defaultValue = "save") String action, @RequestParam(defaultValue = "") String file,
                Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (keepTyped(user, id, form, errors)) {
            if (!file.isBlank()) {
                // The form sends only the file's name: say so rather than lose the file without a word.
                model.addAttribute("attachmentError", new DomainRuleViolation("referral.attachment.not-added"));
                return formPage(intake.view(user, id), form, model);
            }
            if (!"send".equals(action)) {
                redirect.addFlashAttribute("notice", "referral.saved");
                return "redirect:/referrals/" + id + "/edit";
            }
            try {
                intake.submit(user, id, intake.view(user, id).version());
                redirect.addFlashAttribute("notice", "referral.sent");
                return "redirect:/referrals/" + id;
            } catch (EditConflict conflict) {
                errors.reject("referral.conflict");
            } catch (DomainRuleViolation refused) {
                errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
            }
        }
        return formPage(intake.view(user, id), form, model);
    }

    /**
     * Saves the draft while it is typed (htmx, on change): answers with the new version so that the
     * form's next save or send is not taken for a conflict. Without JavaScript, "Save draft" does this.
     */
    @PostMapping(path = "/referrals/{id}/autosave")
    @ResponseBody
    ResponseEntity<String> autosave(@PathVariable UUID id, @ModelAttribute("form") ReferralForm form) {
        var user = CurrentUser.require();
        try {
            // A date typed half-way is not a date yet: everything else is saved, the date as it was.
            var saved = intake.view(user, id).dateOfBirth();
            try {
                intake.write(user, id, form.toContentKeeping(saved), form.getVersion());
            } catch (DomainRuleViolation impossibleDate) {
                if (!"referral.birth-date.invalid".equals(impossibleDate.messageCode())) {
                    throw impossibleDate;
                }
                intake.write(user, id, form.toContent(saved), form.getVersion());
            }
            return versionInput(intake.view(user, id).version(), HttpStatus.OK);
        } catch (EditConflict | DomainRuleViolation notSaved) {
            // The explicit save or send shows what is wrong; the typed text stays in the browser.
            return versionInput(form.getVersion(), HttpStatus.OK);
        }
    }

    private static ResponseEntity<String> versionInput(long version, HttpStatus status) {
        return ResponseEntity.status(status)
                .contentType(MediaType.TEXT_HTML)
                .body("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"" + version + "\">");
    }

    @GetMapping("/referrals/{id}")
    String view(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var referral = intake.view(user, id);
        model.addAttribute("referral", referral);
        model.addAttribute("attachments", attachments.of(referral));
        model.addAttribute("catalogue", catalogues.current());
        boolean receiving = referral.status() == org.haven.intake.ReferralStatus.SUBMITTED
                && referral.targetAgencyId() != null && referral.targetAgencyId().equals(user.organisationId().value());
        model.addAttribute("receiving", receiving);
        model.addAttribute("mayAccept", receiving && intake.mayAccept(user, referral));
        model.addAttribute("target", referral.targetAgencyId() == null ? null
                : directory.find(new OrganisationId(referral.targetAgencyId())).orElse(null));
        model.addAttribute("organisations", directory.all());
        model.addAttribute("matches", receiving ? intake.childDescribedIn(referral)
                .map(described -> knownChildren.like(user, described)).orElse(List.of()) : List.of());
        return "intake/referral";
    }

    @GetMapping("/intake")
    String incoming(Model model) {
        model.addAttribute("incoming", intake.incoming(CurrentUser.require()));
        return "intake/incoming";
    }

    @PostMapping("/referrals/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID caseId,
                  RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            var accepted = caseId == null ? intake.acceptIntoNewCase(user, id, version)
                    : intake.acceptIntoExistingCase(user, id, new CaseId(caseId), version);
            redirect.addFlashAttribute("notice", "referral.accepted");
            return accepted.screening().map(s -> "redirect:/screenings/" + s)
                    .orElse("redirect:/cases/" + accepted.caseId());
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "referral.conflict");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/question")
    String ask(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String question,
               RedirectAttributes redirect) {
        try {
            intake.askForMoreInformation(CurrentUser.require(), id, question, version);
            redirect.addFlashAttribute("notice", "referral.question-sent");
            return "redirect:/intake";
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "referral.conflict");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/transfer")
    String transfer(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID to,
                    @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            if (to == null) {
                throw new DomainRuleViolation("referral.transfer.unknown-agency");
            }
            intake.transfer(CurrentUser.require(), id, new OrganisationId(to), reason, version);
            redirect.addFlashAttribute("notice", "referral.transferred");
            return "redirect:/intake";
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "referral.conflict");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/referrals/" + id;
    }

    private String formPage(Referral referral, ReferralForm form, Model model) {
        form.setVersion(referral.version());
        return formPage(referral, model);
    }

    private String formPage(Referral referral, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("attachments", attachments.of(referral));
        model.addAttribute("maxAttachmentMegabytes", attachments.maxSize().toMegabytes());
        model.addAttribute("maxAttachments", ReferralAttachments.MAX_PER_REFERRAL);
        model.addAttribute("regions", directory.regions(country));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("countries", pickLists.countries());
        model.addAttribute("catalogue", catalogues.current());
        model.addAttribute("indicatorKind", IndicatorKind.INDICATOR);
        return "intake/referral-form";
    }
}
