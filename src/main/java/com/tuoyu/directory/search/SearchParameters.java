package com.tuoyu.directory.search;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/**
 * The filters every directory search takes, as the client sent them; {@link SearchCriteria#from} checks them
 * and names every parameter it refuses.
 */
public class SearchParameters {

    @RestQuery
    @Parameter(description = "Latitude of the parent, in the system given by 'coord'", example = "28.6849")
    public String lat;

    @RestQuery
    @Parameter(description = "Longitude of the parent, in the system given by 'coord'", example = "115.8990")
    public String lng;

    @RestQuery
    @Parameter(description = "Coordinate system of lat/lng and of every coordinate in the answer: wgs84 (GPS, wx.getLocation default) or gcj02 (Tencent/AMap maps, wx.getLocation type 'gcj02')",
            schema = @Schema(enumeration = {"wgs84", "gcj02"}, defaultValue = "wgs84"))
    public String coord;

    @RestQuery
    @Parameter(description = "Search radius in metres around lat/lng, 1 to 50000", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "3000"))
    public String radius;

    @RestQuery
    @Parameter(description = "Words to find in the name, operator or address, or the pinyin of the name (full or initials: kuaile, klbb); words that name a filter (普惠, 公办, 民办, 全日托, 半日托, 计时托, 乳儿班 ...) apply that filter instead and are listed in appliedFromQuery", example = "小太阳")
    public String q;

    @RestQuery
    @Parameter(description = "The child's age in months, 0 to 35; only nurseries with a class the child may join", schema = @Schema(type = SchemaType.INTEGER))
    public String ageMonths;

    @RestQuery
    @Parameter(description = "Care type offered", schema = @Schema(enumeration = {"FULL_DAY", "HALF_DAY", "HOURLY", "TEMPORARY"}))
    public String careType;

    @RestQuery
    @Parameter(description = "true: inclusive (普惠) nurseries only; false: the others", schema = @Schema(type = SchemaType.BOOLEAN))
    public String inclusive;

    @RestQuery
    @Parameter(description = "Lowest fee in yuan for 'careType' (per month for full/half day, per hour or day otherwise); needs careType", schema = @Schema(type = SchemaType.INTEGER))
    public String feeMin;

    @RestQuery
    @Parameter(description = "Highest fee in yuan for 'careType'; needs careType", schema = @Schema(type = SchemaType.INTEGER))
    public String feeMax;

    @RestQuery
    @Parameter(description = "true: a free place reported within the last 30 days for the child's age (or any age)", schema = @Schema(type = SchemaType.BOOLEAN))
    public String vacancy;

    @RestQuery
    @Parameter(description = "Operating model; repeat for several", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
            enumeration = {"PUBLIC", "PUBLIC_PRIVATE", "PRIVATE_AIDED", "PRIVATE", "EMPLOYER", "COMMUNITY", "KINDERGARTEN"}))
    public List<String> operatingModel;

    @RestQuery
    @Parameter(description = "true: meals provided", schema = @Schema(type = SchemaType.BOOLEAN))
    public String meals;

    @RestQuery
    @Parameter(description = "Open at this local (China) date and time", example = "2026-11-23T08:30")
    public String openAt;

    @RestQuery
    @Parameter(description = "true: count the monthly meal fee in feeMin/feeMax and the fee sort (the answer says feeIncludesMeals)",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String includeMeals;

    @RestQuery
    @Parameter(description = "true: only nurseries whose every class has the carers the national ratio asks for; false: those with a class below it (nurseries that disclosed no class match neither)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String ratiosMeetStandard;

    @RestQuery
    @Parameter(description = "true: no administrative penalty in the last 24 months (China's date); false: one or more",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String noRecentPenalty;

    @RestQuery
    @Parameter(description = "Inspected within this many months (1 to 120) before today, China's date", schema = @Schema(type = SchemaType.INTEGER))
    public String inspectedWithinMonths;

    @RestQuery
    @Parameter(description = "Six-digit GB/T 2260 code of a province, city or county", example = "360100")
    public String division;

    @RestQuery
    @Parameter(description = "distance (needs lat/lng), fee (needs careType), quality, newest, relevance (needs q); default distance with lat/lng, else relevance with q, else quality",
            schema = @Schema(enumeration = {"distance", "fee", "quality", "newest", "relevance"}))
    public String sort;

    @RestQuery
    @Parameter(description = "Results per page, 1 to 50", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
    public String size;

    @RestQuery
    @Parameter(description = "nextCursor of the previous page, to get the next one (same filters and sort)")
    public String cursor;
}
