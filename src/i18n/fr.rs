//! The interface in French: one exhaustive `match`, so a message missing here is a
//! compile error.

use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        WidgetChairs => "Présidences",
        WidgetStreams => "Axes de travail",
        WidgetOutcomes => "Résultats",
        WidgetOverview => "Vue d’ensemble",
        Chair => "Présidence",
        CurrentChair => "Présidence actuelle",
        OnBehalfOf => "au nom de {0}",
        Confirmed => "Confirmé",
        Projected => "Prévisionnel",
        Inferred => "Déduit",
        ProjectedMark => "(prévision)",
        InferredMark => "(déduit)",
        KindOverarching => "Axes de travail transversaux",
        KindThematic => "Axes de travail thématiques",
        KindWorkingGroup => "Groupes de travail",
        KindTaskForce => "Équipes spéciales",
        KindSupport => "Structures d’appui",
        FilterByKind => "Filtrer par type",
        AllKinds => "Tous les types",
        Meeting => "Réunion",
        Decision => "Décision",
        Milestone => "Étape clef",
        Plan => "Plan",
        Milestones => "Étapes clefs",
        PlanPeriod => "Période du plan",
        ExistedBefore => "existait avant {0}",
        CloseDetails => "Fermer les détails",
        Status => "Statut",
        Source => "Source",
        Quote => "Citation",
        Note => "Note",
        Document => "Document",
        Paragraph => "paragraphe {0}",
        Concerns => "Concerne",
        ReferredToBy => "Cité par",
        PartOf => "Fait partie de",
        Description => "Description",
        ZoomIn => "Zoom avant",
        ZoomOut => "Zoom arrière",
        Earlier => "Plus tôt",
        Later => "Plus tard",
        ResetView => "Réinitialiser l’affichage",
        TimeAxis => "Axe chronologique",
        Legend => "Légende",
        Today => "Aujourd’hui",
        Selected => "Sélection\u{a0}: {0}",
        Showing => "Affichage de {0} à {1}",
        ErrNotFound => "Les données de la chronologie sont introuvables ({0}).",
        ErrNetwork => {
            "Les données de la chronologie n’ont pas pu être chargées\u{a0}: erreur de réseau."
        }
        ErrTimeout => "Les données de la chronologie ne sont pas arrivées à temps.",
        ErrCount => "Les données de la chronologie comportent des erreurs ({0})\u{a0}:",
        SavedCopy => "Affichage de la copie enregistrée le {0}.",
        NoItems => "Aucun élément",
        ProjectionStops => "Projection interrompue\u{a0}: la liste des membres est incomplète.",
        Cluster => "{0}\u{a0}éléments\u{a0}: agrandir",
        BuiltInCopy => "Affichage des données intégrées au widget (mises à jour le {0}).",
        Announced => "Annoncé",
        AnnouncedMark => "(annoncé)",
        AnnouncedMoved => "Présidence annoncée pour {0} ; exercée en {1}.",
        AnnouncedHeld => "Présidence annoncée pour {0} ; exercée comme annoncé.",
        LaterSourceDiffers => {
            "Une source ultérieure indique {0} à la présidence pour cette période."
        }
        CoChairWith => "Coprésidence avec {0}",
        Succeeded => "Le {2} a été remplacé en {0} par le {1} ; aucune projection au-delà.",
        SixMonthTerms => "{0}\u{a0}: mandats de six mois.",
        OneYearTerms => "{0}\u{a0}: mandats d'un an.",
        MonthTerms => "{0}\u{a0}: mandats de {1} mois.",
        MoreLanes => "{0} autres axes de travail ne sont pas affichés.",
        ErrServer => "Les données de la chronologie n’ont pas pu être chargées\u{a0}: le serveur a répondu par une erreur ({0}).",
        ErrUnusable => "Ce qui est arrivé n’est pas une donnée de chronologie utilisable.",
        ErrSetup => "Cette chronologie ne peut pas être affichée\u{a0}: la page l’intègre de façon incorrecte.",
        InEnglish => {
            "Citation en anglais\u{a0}: il n'en existe pas de version officielle en français."
        }
        Announcement => "Annonce",
        ErrInvalid => {
            "Les données de la chronologie fournies par ce site n’ont pas pu être utilisées."
        }
        AsOf => "Situation au {0}",
        EndNotRecorded => "fin non consignée",
        KeyEndNotRecorded => "Fin non consignée",
        LastKnown => "Fin non consignée\u{a0}; dernière mention dans les données\u{a0}: {0}.",
        TimeBoundNote => "Créé pour une durée limitée.",
        HeadingChairs => "{0}\u{a0}: présidences",
        HeadingStreams => "{0}\u{a0}: axes de travail",
        HeadingOutcomes => "{0}\u{a0}: résultats du Dialogue de haut niveau",
        HeadingOverview => "{0}\u{a0}: chronologie",
        SourceLine => "Source\u{a0}: {0}",
        DataUpdated => "données à jour au {0}",
        DataEnds => "Les données ne consignent rien après {0}.",
        KeyPoint => "Date unique",
        KeyExistedBefore => "Existait avant sa première date",
        BuiltInData => "données intégrées à gmg-widgets",
    }
}
