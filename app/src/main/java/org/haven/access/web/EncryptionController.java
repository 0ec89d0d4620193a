package org.haven.access.web;

import org.haven.access.CurrentUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.crypto.FieldCipher;
import org.haven.platform.crypto.Reencryption;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' view of encryption at rest: the data keys, how much is still under an older
 * key, and rotating to a new data key (everything is then re-encrypted in the background).
 * The security policy lets only administrators here.
 */
@Controller
class EncryptionController {

    private final FieldCipher cipher;
    private final Reencryption reencryption;
    private final AuditTrail audit;

    EncryptionController(FieldCipher cipher, Reencryption reencryption, AuditTrail audit) {
        this.cipher = cipher;
        this.reencryption = reencryption;
        this.audit = audit;
    }

    @GetMapping("/admin/encryption")
    String status(Model model) {
        model.addAttribute("keys", cipher.dataKeys());
        model.addAttribute("progress", reencryption.progress());
        return "admin/encryption";
    }

    @PostMapping("/admin/encryption/rotate")
    @Transactional
    String rotate(RedirectAttributes redirect) {
        String key = cipher.rotate();
        audit.record(CurrentUser.require().actor(), AuditRecord.succeeded("encryption.key.rotated", "data-key", key));
        redirect.addFlashAttribute("notice", "encryption.rotated");
        return "redirect:/admin/encryption";
    }
}
