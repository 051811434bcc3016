package org.gongkai.requests.console;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.gongkai.identity.Me;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.ReplyFiles;
import org.gongkai.requests.ReplyLinkAdmin;

/** What the case page's reply package shows: the files released with the reply, whether more may be attached, the mailed link. */
@Component
class ReplyPackageModel {

	private final ReplyFiles files;

	private final ReplyLinkAdmin links;

	ReplyPackageModel(ReplyFiles files, ReplyLinkAdmin links) {
		this.files = files;
		this.links = links;
	}

	void addTo(Me me, CaseView view, Model model) {
		model.addAttribute("replyFiles", files.list(me, view.id()));
		model.addAttribute("replyFilesOpen", view.status().open());
		model.addAttribute("replyFileMb", files.maxMegabytes());
		model.addAttribute("replyLink", links.latest(me, view.id()).orElse(null));
	}

}
