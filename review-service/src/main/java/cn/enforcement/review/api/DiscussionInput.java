package cn.enforcement.review.api;

import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded.Participant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The record of the heads' collective discussion (集体讨论记录): when, who with their posts, what they concluded, who dissented. */
public record DiscussionInput(
        @NotNull LocalDate heldOn,
        @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull Head> participants,
        boolean forDecision,
        @NotBlank @Size(max = 4000) String conclusion,
        @Size(max = 4000) String dissent) {

    public record Head(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 50) String post) {
    }

    List<Participant> heads() {
        return participants.stream().map(h -> new Participant(h.name().strip(), h.post().strip())).toList();
    }
}
