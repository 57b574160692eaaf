extension Profile {
    /// Hours a week someone can study: at least one, at most every hour of the week.
    public static let plausibleHoursPerWeek = 1...168
    /// Years of experience in a working life.
    public static let plausibleYearsOfExperience = 0...70
    /// A salary amount in any currency and period: up to ten billion, as a year's pay in rupees
    /// or yen runs to crores and millions.
    public static let plausibleSalary = 1...10_000_000_000
}
