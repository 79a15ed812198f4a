namespace Theory.Syntax;

/// <summary>Double dispatch over the typed syntax nodes; override what you need.</summary>
public abstract class SyntaxVisitor
{
    public virtual void Visit(SyntaxNode node) => node.Accept(this);

    /// <summary>Called for every node whose Visit method is not overridden.</summary>
    public virtual void DefaultVisit(SyntaxNode node)
    {
    }

    public virtual void VisitCompilationUnit(CompilationUnitSyntax node) => DefaultVisit(node);
    public virtual void VisitTheoryDeclaration(TheoryDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitTheoryBody(TheoryBodySyntax node) => DefaultVisit(node);
    public virtual void VisitTitleClause(TitleClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitVersionClause(VersionClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitAuthorsClause(AuthorsClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitRefinesClause(RefinesClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitBibliographyClause(BibliographyClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitImportDeclaration(ImportDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitStagesDeclaration(StagesDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitTypologyDeclaration(TypologyDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitTypeDeclaration(TypeDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitAttributeList(AttributeListSyntax node) => DefaultVisit(node);
    public virtual void VisitAttribute(AttributeSyntax node) => DefaultVisit(node);
    public virtual void VisitConstructDeclaration(ConstructDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitConstructBody(ConstructBodySyntax node) => DefaultVisit(node);
    public virtual void VisitKindClause(KindClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitAliasesClause(AliasesClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitSpecialisesClause(SpecialisesClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitInverseClause(InverseClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitGroupDeclaration(GroupDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitGroupBody(GroupBodySyntax node) => DefaultVisit(node);
    public virtual void VisitCmocDeclaration(CmocDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitCmocBlock(CmocBlockSyntax node) => DefaultVisit(node);
    public virtual void VisitCmocArrowForm(CmocArrowFormSyntax node) => DefaultVisit(node);
    public virtual void VisitCmocIfThenForm(CmocIfThenFormSyntax node) => DefaultVisit(node);
    public virtual void VisitContextClause(ContextClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitMechanismClause(MechanismClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitResourceClause(ResourceClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitReasoningClause(ReasoningClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitOutcomeClause(OutcomeClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitConditionClause(ConditionClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitScopeClause(ScopeClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitStageClause(StageClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitEvidenceClause(EvidenceClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitCitationEvidence(CitationEvidenceSyntax node) => DefaultVisit(node);
    public virtual void VisitPrimaryDataEvidence(PrimaryDataEvidenceSyntax node) => DefaultVisit(node);
    public virtual void VisitLocator(LocatorSyntax node) => DefaultVisit(node);
    public virtual void VisitQuotation(QuotationSyntax node) => DefaultVisit(node);
    public virtual void VisitStatusClause(StatusClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitProvenanceClause(ProvenanceClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitConfidenceClause(ConfidenceClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitModeratorClause(ModeratorClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitTermList(TermListSyntax node) => DefaultVisit(node);
    public virtual void VisitTerm(TermSyntax node) => DefaultVisit(node);
    public virtual void VisitChainDeclaration(ChainDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitPathList(PathListSyntax node) => DefaultVisit(node);
    public virtual void VisitFeedbackDeclaration(FeedbackDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitFeedbackBody(FeedbackBodySyntax node) => DefaultVisit(node);
    public virtual void VisitLoopClause(LoopClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitPolarityClause(PolarityClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitLinkDeclaration(LinkDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitMeasureDeclaration(MeasureDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitMeasureBody(MeasureBodySyntax node) => DefaultVisit(node);
    public virtual void VisitScaleClause(ScaleClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitIndicatesClause(IndicatesClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitReverseClause(ReverseClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitDescriptionClause(DescriptionClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitNoteClause(NoteClauseSyntax node) => DefaultVisit(node);
    public virtual void VisitQualifiedName(QualifiedNameSyntax node) => DefaultVisit(node);
    public virtual void VisitCombination(CombinationSyntax node) => DefaultVisit(node);
    public virtual void VisitModeratorBody(ModeratorBodySyntax node) => DefaultVisit(node);
    public virtual void VisitDefaultEvidenceDeclaration(DefaultEvidenceDeclarationSyntax node) => DefaultVisit(node);
    public virtual void VisitDefaultSourceEvidence(DefaultSourceEvidenceSyntax node) => DefaultVisit(node);
}
