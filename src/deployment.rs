//! The deployment's settings: where the data and the feedback service live, the site's public
//! address, which instance this is and the operator's privacy contact. The source document holds
//! none of these; the operator gives them to the build once (`site-build` flags), the build writes
//! them into every page as `<meta>` tags, and the browser app reads them back from there.

use leptos::prelude::*;

/// The settings of one deployment. Empty strings mean "not set".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deployment {
    /// Where the published data lives; empty: `/data/` on the same origin.
    pub data_base_url: String,
    /// Where the feedback form posts; empty: `/api/feedback` on the same origin.
    pub feedback_api_url: String,
    /// The site's public address, for canonical links and citations (`https://…`, no slash at the end).
    pub site_url: String,
    /// Which instance this is; `local` (or empty) makes the footer say it is a local instance.
    pub instance: String,
    /// The operator's privacy contact, shown with the feedback form.
    pub privacy_contact: String,
    /// The draft snapshot a `data-tool preview` shows (every page then carries the draft
    /// banner); empty on a real deployment.
    pub draft_preview: String,
}

/// The `<meta name>` of each setting, in the order they are written.
const META_NAMES: [&str; 6] = [
    "data-base-url",
    "feedback-api-url",
    "site-url",
    "site-instance",
    "privacy-contact",
    "draft-preview",
];

impl Deployment {
    fn fields(&self) -> [&String; 6] {
        [
            &self.data_base_url,
            &self.feedback_api_url,
            &self.site_url,
            &self.instance,
            &self.privacy_contact,
            &self.draft_preview,
        ]
    }

    /// Reads the settings from the page's `<meta>` tags (in the browser).
    pub fn from_page() -> Self {
        let read = |name: &str| crate::browser::meta_value(name).unwrap_or_default();
        let [data_base_url, feedback_api_url, site_url, instance, privacy_contact, draft_preview] =
            META_NAMES.map(read);
        Deployment {
            data_base_url,
            feedback_api_url,
            site_url,
            instance,
            privacy_contact,
            draft_preview,
        }
    }

    /// The `<meta>` tags that carry the settings into a built page.
    pub fn meta_tags(&self) -> String {
        META_NAMES
            .iter()
            .zip(self.fields())
            .map(|(name, value)| {
                format!(
                    "<meta name=\"{name}\" content=\"{}\">",
                    crate::document::escape(value.trim())
                )
            })
            .collect()
    }

    /// The data base URL, ending with `/`.
    pub fn data_base(&self) -> String {
        let base = self.data_base_url.trim();
        if base.is_empty() {
            "/data/".to_string()
        } else if base.ends_with('/') {
            base.to_string()
        } else {
            format!("{base}/")
        }
    }

    /// Where the feedback form posts.
    pub fn feedback_endpoint(&self) -> String {
        let url = self.feedback_api_url.trim();
        if url.is_empty() {
            "/api/feedback".to_string()
        } else {
            url.to_string()
        }
    }

    /// True for a local (unofficial) instance.
    pub fn is_local(&self) -> bool {
        matches!(self.instance.trim(), "" | "local")
    }

    /// True on the pages of `data-tool preview`: a draft, not published.
    pub fn is_draft_preview(&self) -> bool {
        !self.draft_preview.trim().is_empty()
    }

    /// The privacy contact, when the operator named one.
    pub fn privacy_contact(&self) -> Option<String> {
        Some(self.privacy_contact.trim().to_string()).filter(|c| !c.is_empty())
    }
}

/// Makes the settings available below.
pub fn provide_deployment(deployment: Deployment) {
    provide_context(deployment);
}

/// The deployment's settings (defaults when none were provided, as in component tests).
pub fn use_deployment() -> Deployment {
    use_context::<Deployment>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_same_origin_and_a_local_instance() {
        let d = Deployment::default();
        assert_eq!(d.data_base(), "/data/");
        assert_eq!(d.feedback_endpoint(), "/api/feedback");
        assert!(d.is_local());
        assert_eq!(d.privacy_contact(), None);
    }

    #[test]
    fn meta_tags_carry_every_setting_escaped() {
        let d = Deployment {
            data_base_url: "https://cdn.example/data".into(),
            instance: "official".into(),
            privacy_contact: "privacy@example.az \"DPO\"".into(),
            ..Default::default()
        };
        let tags = d.meta_tags();
        assert!(tags.contains("<meta name=\"data-base-url\" content=\"https://cdn.example/data\">"));
        assert!(tags.contains("<meta name=\"site-instance\" content=\"official\">"));
        assert!(tags.contains("content=\"privacy@example.az &quot;DPO&quot;\""));
        assert_eq!(d.data_base(), "https://cdn.example/data/");
        assert!(!d.is_local());
    }
}
